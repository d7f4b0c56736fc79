import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { type ExperimentRecord, ExperimentRecordSchema } from '@trailmap/core';
import type { SqlExecutor } from '../storage/store';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * Saves (or replaces, by id) an experiment record of a workspace. Posting the same record twice
 * leaves one copy: the API is idempotent.
 *
 * @example
 * await saveExperiment(store, 'org-1', record, Date.now());
 */
export async function saveExperiment(
  db: SqlExecutor,
  organizationId: string,
  record: ExperimentRecord,
  now: number,
): Promise<void> {
  const json = JSON.stringify(record);
  const updated = await db.run(
    'UPDATE experiment_records SET record = ?, updated_at = ? WHERE organization_id = ? AND id = ?',
    [json, now, organizationId, record.id],
  );
  if (updated.changes === 0) {
    await db.run(
      'INSERT INTO experiment_records (organization_id, id, record, updated_at) VALUES (?, ?, ?, ?)',
      [organizationId, record.id, json, now],
    );
  }
}

/**
 * Every experiment record of a workspace, oldest first; rows that no longer parse are skipped.
 *
 * @example
 * (await workspaceExperiments(store, 'org-1')).length; // => 3
 */
export async function workspaceExperiments(
  db: SqlExecutor,
  organizationId: string,
): Promise<ExperimentRecord[]> {
  const rows = await db.all<{ record: string }>(
    'SELECT record FROM experiment_records WHERE organization_id = ? ORDER BY updated_at, id',
    [organizationId],
  );
  return rows.flatMap((r) => {
    const parsed = ExperimentRecordSchema.safeParse(JSON.parse(r.record));
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * Creates (or rotates) the workspace's experiment API token; returns it once, keeps only its hash.
 *
 * @example
 * const token = await issueExperimentToken(store, 'org-1', Date.now()); // => 'tmx_…'
 */
export async function issueExperimentToken(
  db: SqlExecutor,
  organizationId: string,
  now: number,
): Promise<string> {
  const token = `tmx_${randomBytes(24).toString('base64url')}`;
  await db.run('DELETE FROM experiment_tokens WHERE organization_id = ?', [organizationId]);
  await db.run('INSERT INTO experiment_tokens (organization_id, token_sha256, created_at) VALUES (?, ?, ?)', [
    organizationId,
    sha256(token),
    now,
  ]);
  return token;
}

/**
 * The workspace a bearer token belongs to, or `undefined`. Compares hashes in constant time.
 *
 * @example
 * await workspaceForToken(store, token); // => 'org-1'
 */
export async function workspaceForToken(db: SqlExecutor, token: string): Promise<string | undefined> {
  const digest = sha256(token);
  const rows = await db.all<{ organization_id: string; token_sha256: string }>(
    'SELECT organization_id, token_sha256 FROM experiment_tokens',
  );
  const match = rows.find((r) => timingSafeEqual(Buffer.from(r.token_sha256), Buffer.from(digest)));
  return match?.organization_id;
}
