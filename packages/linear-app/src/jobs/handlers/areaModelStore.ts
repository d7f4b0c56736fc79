import type { LabelModel } from '@trailmap/core';
import type { SqlExecutor } from '../../storage/store';
import { loadVersionedModel, type ModelTable, saveVersionedModel } from './versionedModelStore';

/** Which team's area model: Linear labels belong to a team, so each team learns its own. */
export interface AreaModelKey {
  organizationId: string;
  teamKey: string;
}

const AREA_MODELS: ModelTable = { table: 'area_label_models', keyColumns: ['organization_id', 'team_key'] };

/**
 * A team's area label model (table `area_label_models`, migration 145), or undefined.
 *
 * @example
 * const stored = await loadAreaModel(store, { organizationId, teamKey: 'FB' });
 */
export function loadAreaModel(
  db: SqlExecutor,
  key: AreaModelKey,
): Promise<{ model: LabelModel; revision: number } | undefined> {
  return loadVersionedModel(db, AREA_MODELS, [key.organizationId, key.teamKey]);
}

/**
 * Saves a team's area model if the stored revision is still `expectedRevision`; false when it lost.
 *
 * @example
 * if (!(await saveAreaModel(tx, key, model, stored?.revision, now))) throw new Error('model changed; retry');
 */
export function saveAreaModel(
  db: SqlExecutor,
  key: AreaModelKey,
  model: LabelModel,
  expectedRevision: number | undefined,
  now: number,
): Promise<boolean> {
  return saveVersionedModel(db, AREA_MODELS, [key.organizationId, key.teamKey], model, expectedRevision, now);
}
