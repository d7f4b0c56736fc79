import type { LabelModel } from '@trailmap/core';
import type { SqlExecutor } from '../../storage/store';
import { loadVersionedModel, type ModelTable, saveVersionedModel } from './versionedModelStore';

const KIND_MODELS: ModelTable = { table: 'label_models', keyColumns: ['organization_id'] };

/**
 * The workspace's label model (table `label_models`, migration 100), or undefined. A stored model
 * that no longer validates is treated as absent (the next job retrains from the mirror).
 *
 * @example
 * const stored = await loadLabelModel(store, organizationId);
 */
export function loadLabelModel(
  db: SqlExecutor,
  organizationId: string,
): Promise<{ model: LabelModel; revision: number } | undefined> {
  return loadVersionedModel(db, KIND_MODELS, [organizationId]);
}

/**
 * Saves a model if the stored revision is still `expectedRevision` (undefined = none stored), so
 * two jobs learning at once cannot silently drop one update; returns false when it lost.
 *
 * @example
 * if (!(await saveLabelModel(tx, org, model, stored?.revision, now))) throw new Error('model changed; retry');
 */
export function saveLabelModel(
  db: SqlExecutor,
  organizationId: string,
  model: LabelModel,
  expectedRevision: number | undefined,
  now: number,
): Promise<boolean> {
  return saveVersionedModel(db, KIND_MODELS, [organizationId], model, expectedRevision, now);
}
