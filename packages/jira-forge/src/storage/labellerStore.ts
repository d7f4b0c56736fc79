import { deserialiseModel, type LabelModel, serialiseModel } from '@trailmap/core';
import { loadModelText, storeModelText } from './labellerModel';

/**
 * Loads a project's trained labeller, or `undefined` when none is stored (or it no longer parses).
 *
 * @example
 * const model = await loadLabeller('SUP');
 */
export async function loadLabeller(project: string): Promise<LabelModel | undefined> {
  const text = await loadModelText(project);
  if (text === undefined) return undefined;
  const r = deserialiseModel(text);
  return r.ok ? r.value : undefined;
}

/**
 * Stores a project's labeller (chunked across KVS keys).
 *
 * @example
 * await storeLabeller('SUP', model);
 */
export async function storeLabeller(project: string, model: LabelModel): Promise<void> {
  await storeModelText(project, serialiseModel(model), model.version);
}
