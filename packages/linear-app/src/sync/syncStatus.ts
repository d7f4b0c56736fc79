import type { SqlExecutor } from '../storage/store';

/**
 * Records a complete sync of the workspace (call in the transaction that completes the job).
 *
 * @example
 * await recordCompleteSync(tx, organizationId, Date.now());
 */
export async function recordCompleteSync(
  db: SqlExecutor,
  organizationId: string,
  now: number,
): Promise<void> {
  await db.run(
    `INSERT INTO workspace_syncs (organization_id, first_synced_at, last_synced_at) VALUES (?, ?, ?)
     ON CONFLICT (organization_id) DO UPDATE SET last_synced_at = excluded.last_synced_at`,
    [organizationId, now, now],
  );
}

/**
 * Whether the workspace mirror has been filled once. Until then labelling has no labels to
 * choose from and Reach no customers, so webhook work waits for it instead of doing nothing.
 *
 * @example
 * if (!(await hasCompleteSync(store, org))) return { kind: 'retry', error: 'waiting for the first sync' };
 */
export async function hasCompleteSync(db: SqlExecutor, organizationId: string): Promise<boolean> {
  const row = await db.get('SELECT organization_id FROM workspace_syncs WHERE organization_id = ?', [
    organizationId,
  ]);
  return row !== undefined;
}

/**
 * The last error of the workspace's pending sync (for a waiting job's own error line), if any.
 *
 * @example
 * await pendingSyncError(store, org); // => 'network error (refused): ECONNREFUSED …'
 */
export async function pendingSyncError(db: SqlExecutor, organizationId: string): Promise<string | undefined> {
  const row = await db.get<{ last_error: string | null }>(
    `SELECT last_error FROM jobs WHERE type = 'trailmap.sync' AND status IN ('ready', 'running')
       AND (organization_id = ? OR organization_id IS NULL) AND last_error IS NOT NULL
     ORDER BY updated_at DESC LIMIT 1`,
    [organizationId],
  );
  return row?.last_error ?? undefined;
}
