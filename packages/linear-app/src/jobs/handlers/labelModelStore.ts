import { deserialiseModel, type LabelModel, serialiseModel } from '@trailmap/core';
import type { SqlExecutor } from '../../storage/store';

/**
 * The workspace's label model (table `label_models`, migration 100), or undefined. A stored model
 * that no longer validates is treated as absent (the next job retrains from the mirror).
 *
 * @example
 * const stored = await loadLabelModel(store, organizationId);
 */
export async function loadLabelModel(
  db: SqlExecutor,
  organizationId: string,
): Promise<{ model: LabelModel; revision: number } | undefined> {
  const row = await db.get<{ model: string; revision: number }>(
    'SELECT model, revision FROM label_models WHERE organization_id = ?',
    [organizationId],
  );
  if (!row) return undefined;
  const parsed = deserialiseModel(row.model);
  return parsed.ok ? { model: parsed.value, revision: Number(row.revision) } : undefined;
}

/**
 * Saves a model if the stored revision is still `expectedRevision` (undefined = none stored), so
 * two jobs learning at once cannot silently drop one update; returns false when it lost.
 *
 * @example
 * if (!(await saveLabelModel(tx, org, model, stored?.revision, now))) throw new Error('model changed; retry');
 */
export async function saveLabelModel(
  db: SqlExecutor,
  organizationId: string,
  model: LabelModel,
  expectedRevision: number | undefined,
  now: number,
): Promise<boolean> {
  const text = serialiseModel(model);
  if (expectedRevision === undefined) {
    const { changes } = await db.run(
      'INSERT INTO label_models (organization_id, model, revision, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
      [organizationId, text, 1, now],
    );
    return changes === 1;
  }
  const { changes } = await db.run(
    'UPDATE label_models SET model = ?, revision = revision + 1, updated_at = ? WHERE organization_id = ? AND revision = ?',
    [text, now, organizationId, expectedRevision],
  );
  return changes === 1;
}
