import { kvs } from '@forge/kvs';
import chunk from 'lodash/chunk';

/** KVS values are capped at 240 KiB; models are split into chunks well under that. */
export const MODEL_CHUNK_CHARS = 200_000;

const metaKey = (project: string) => `labeller:${project}:meta`;
const partKey = (project: string, i: number) => `labeller:${project}:part:${i}`;

/**
 * Stores a serialised model for a project across as many KVS keys as it needs.
 * The meta record is written last, so a reader never sees a half-written model.
 *
 * @example
 * await storeModelText('SUP', serialised, 'v3');
 */
export async function storeModelText(project: string, text: string, version: string): Promise<number> {
  const parts = chunk([...text], MODEL_CHUNK_CHARS).map((c) => c.join(''));
  for (const [i, part] of parts.entries()) await kvs.set(partKey(project, i), part);
  await kvs.set(metaKey(project), { parts: parts.length, version, chars: text.length });
  return parts.length;
}

/**
 * Reads a project's serialised model, or `undefined` when none was trained.
 *
 * @example
 * const text = await loadModelText('SUP');
 */
export async function loadModelText(project: string): Promise<string | undefined> {
  const meta = await kvs.get<{ parts: number; chars: number }>(metaKey(project));
  if (!meta || typeof meta.parts !== 'number') return undefined;
  const parts: string[] = [];
  for (let i = 0; i < meta.parts; i++) {
    const p = await kvs.get<string>(partKey(project, i));
    if (typeof p !== 'string') return undefined;
    parts.push(p);
  }
  const text = parts.join('');
  return text.length === meta.chars ? text : undefined;
}
