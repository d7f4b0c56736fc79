import { deserialiseModel, type LabelModel, serialiseModel } from '@trailmap/core';
import type { SqlExecutor } from '../../storage/store';

/** Where a kind of label model is stored: its table and the columns that key one model. */
export interface ModelTable {
  table: 'label_models' | 'area_label_models';
  keyColumns: readonly string[];
}

/**
 * The stored model under `key` (values in `keyColumns` order), or undefined. A stored model that
 * no longer validates is treated as absent, so the next job retrains from the mirror.
 *
 * @example
 * const stored = await loadVersionedModel(db, { table: 'label_models', keyColumns: ['organization_id'] }, [org]);
 */
export async function loadVersionedModel(
  db: SqlExecutor,
  where: ModelTable,
  key: readonly string[],
): Promise<{ model: LabelModel; revision: number } | undefined> {
  const match = where.keyColumns.map((c) => `${c} = ?`).join(' AND ');
  const row = await db.get<{ model: string; revision: number }>(
    `SELECT model, revision FROM ${where.table} WHERE ${match}`,
    [...key],
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
 * if (!(await saveVersionedModel(tx, table, [org], model, stored?.revision, now))) throw new Error('model changed; retry');
 */
export async function saveVersionedModel(
  db: SqlExecutor,
  where: ModelTable,
  key: readonly string[],
  model: LabelModel,
  expectedRevision: number | undefined,
  now: number,
): Promise<boolean> {
  const text = serialiseModel(model);
  if (expectedRevision === undefined) {
    const columns = [...where.keyColumns, 'model', 'revision', 'updated_at'];
    const { changes } = await db.run(
      `INSERT INTO ${where.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) ON CONFLICT DO NOTHING`,
      [...key, text, 1, now],
    );
    return changes === 1;
  }
  const match = where.keyColumns.map((c) => `${c} = ?`).join(' AND ');
  const { changes } = await db.run(
    `UPDATE ${where.table} SET model = ?, revision = revision + 1, updated_at = ? WHERE ${match} AND revision = ?`,
    [text, now, ...key, expectedRevision],
  );
  return changes === 1;
}
