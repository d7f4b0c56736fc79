import { deserialiseModel, type LabelModel, serialiseModel } from '@trailmap/core';
import type { SqlExecutor } from '../../storage/store';

/** Which team's area model: Linear labels belong to a team, so each team learns its own. */
export interface AreaModelKey {
  organizationId: string;
  teamKey: string;
}

/**
 * A team's area label model (table `area_label_models`, migration 145), or undefined. A stored
 * model that no longer validates is treated as absent, so the next job retrains from the mirror.
 *
 * @example
 * const stored = await loadAreaModel(store, { organizationId, teamKey: 'FB' });
 */
export async function loadAreaModel(
  db: SqlExecutor,
  key: AreaModelKey,
): Promise<{ model: LabelModel; revision: number } | undefined> {
  const row = await db.get<{ model: string; revision: number }>(
    'SELECT model, revision FROM area_label_models WHERE organization_id = ? AND team_key = ?',
    [key.organizationId, key.teamKey],
  );
  if (!row) return undefined;
  const parsed = deserialiseModel(row.model);
  return parsed.ok ? { model: parsed.value, revision: Number(row.revision) } : undefined;
}

/**
 * Saves a team's area model if the stored revision is still `expectedRevision` (undefined = none
 * stored), so two jobs learning at once cannot silently drop one update; false when it lost.
 *
 * @example
 * if (!(await saveAreaModel(tx, key, model, stored?.revision, now))) throw new Error('model changed; retry');
 */
export async function saveAreaModel(
  db: SqlExecutor,
  key: AreaModelKey,
  model: LabelModel,
  expectedRevision: number | undefined,
  now: number,
): Promise<boolean> {
  const text = serialiseModel(model);
  if (expectedRevision === undefined) {
    const { changes } = await db.run(
      'INSERT INTO area_label_models (organization_id, team_key, model, revision, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
      [key.organizationId, key.teamKey, text, 1, now],
    );
    return changes === 1;
  }
  const { changes } = await db.run(
    'UPDATE area_label_models SET model = ?, revision = revision + 1, updated_at = ? WHERE organization_id = ? AND team_key = ? AND revision = ?',
    [text, now, key.organizationId, key.teamKey, expectedRevision],
  );
  return changes === 1;
}
