import { randomUUID } from 'node:crypto';
import type { SqlExecutor, Store } from '../storage/store';

/** Lifecycle of a job row. `dead` is the dead-letter state: out of attempts, kept for inspection. */
export type JobStatus = 'ready' | 'running' | 'done' | 'dead' | 'skipped';

/** A job leased to one worker until `leaseUntil`. */
export interface ClaimedJob {
  id: number;
  type: string;
  /** Parsed JSON payload; handlers validate it with zod. */
  payload: unknown;
  organizationId: string | null;
  /** 1 on the first run. */
  attempts: number;
  maxAttempts: number;
  /** Proves ownership of this claim; completion and failure are refused without it. */
  leaseToken: string;
  leaseUntil: number;
  /** When this job first failed (or its worker first died), epoch ms; null while it never has. */
  firstFailedAt: number | null;
  /** Claimed after another worker's lease expired (that worker crashed or hung). */
  recovered: boolean;
}

/** What to enqueue. */
export interface NewJob {
  type: string;
  payload: unknown;
  organizationId?: string | null;
  /** Unique per logical job (e.g. `delivery:<id>`); a second enqueue with it is a no-op. */
  dedupeKey?: string | null;
  maxAttempts?: number;
  runAt?: number;
  /** Pre-serialised payload, to store a verified webhook body byte-for-byte without re-encoding. */
  payloadJson?: string;
}

/**
 * A backstop on attempts only: jobs dead-letter by the retry horizon (time since the first
 * failure), which outlasts an outage however often the worker retries within it.
 */
export const DEFAULT_MAX_ATTEMPTS = 1000;

interface JobRow {
  id: number;
  type: string;
  payload: string;
  organization_id: string | null;
  attempts: number;
  max_attempts: number;
  lease_token: string;
  lease_until: number;
  first_failed_at: number | null;
}

/**
 * Inserts a job; returns its id, or `undefined` when `dedupeKey` was already used.
 *
 * @example
 * await store.transaction((tx) => enqueueJob(tx, { type: 'linear.Issue', payload, dedupeKey: 'delivery:abc' }, Date.now()));
 */
export async function enqueueJob(db: SqlExecutor, job: NewJob, now: number): Promise<number | undefined> {
  const row = await db.get<{ id: number }>(
    `INSERT INTO jobs (type, payload, organization_id, dedupe_key, status, attempts, max_attempts, run_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'ready', 0, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id`,
    [
      job.type,
      job.payloadJson ?? JSON.stringify(job.payload ?? null),
      job.organizationId ?? null,
      job.dedupeKey ?? null,
      job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      job.runAt ?? now,
      now,
      now,
    ],
  );
  return row?.id;
}

const DUE_WHERE = `status = 'ready' AND run_at <= ?`;
const EXPIRED_WHERE = `status = 'running' AND lease_until <= ?`;
const DUE = `SELECT id FROM jobs WHERE ${DUE_WHERE} ORDER BY run_at, id LIMIT ?`;
const EXPIRED = `SELECT id FROM jobs WHERE ${EXPIRED_WHERE} ORDER BY lease_until, id LIMIT ?`;

/**
 * Leases up to `limit` jobs: first running jobs whose lease expired (their worker died; skipped
 * when `includeExpired` is false, for frequent polls), then due ready jobs. PostgreSQL: `FOR UPDATE SKIP LOCKED`, so concurrent workers on one database
 * claim disjoint jobs without waiting on each other. SQLite: each claim is one UPDATE statement
 * under the database's single-writer lock, which is atomic across processes.
 *
 * @example
 * const jobs = await claimJobs(store, { limit: 4, leaseMs: 30_000, now: Date.now() });
 */
export async function claimJobs(
  store: Store,
  options: { limit: number; leaseMs: number; now: number; includeExpired?: boolean },
): Promise<ClaimedJob[]> {
  const expired =
    options.includeExpired === false
      ? []
      : await claimWhere(store, EXPIRED, EXPIRED_WHERE, options.limit, options, true);
  if (expired.length >= options.limit) return expired;
  const due = await claimWhere(store, DUE, DUE_WHERE, options.limit - expired.length, options, false);
  return [...expired, ...due];
}

async function claimWhere(
  store: Store,
  candidates: string,
  condition: string,
  limit: number,
  options: { leaseMs: number; now: number },
  recovered: boolean,
): Promise<ClaimedJob[]> {
  const token = randomUUID();
  const { now } = options;
  // A lease that expired is a failed attempt too (its worker died): it starts the retry horizon.
  const firstFailure = recovered ? ', first_failed_at = COALESCE(first_failed_at, lease_until)' : '';
  const set = `UPDATE jobs SET status = 'running', attempts = attempts + 1, lease_token = ?, lease_until = ?, updated_at = ?${firstFailure}`;
  const returning =
    'RETURNING id, type, payload, organization_id, attempts, max_attempts, lease_token, lease_until, first_failed_at';
  let rows: JobRow[];
  if (store.dialect === 'postgres') {
    rows = await store.all<JobRow>(`${set} WHERE id IN (${candidates} FOR UPDATE SKIP LOCKED) ${returning}`, [
      token,
      now + options.leaseMs,
      now,
      now,
      limit,
    ]);
  } else {
    // Look first without the write lock: most polls find nothing, and an UPDATE would take the
    // database's single write lock even then. The UPDATE re-checks the condition, so a job
    // another process claimed in between is skipped.
    const ids = (await store.all<{ id: number }>(candidates, [now, limit])).map((r) => r.id);
    if (ids.length === 0) return [];
    rows = await store.all<JobRow>(
      `${set} WHERE id IN (${ids.map(() => '?').join(', ')}) AND ${condition} ${returning}`,
      [token, now + options.leaseMs, now, ...ids, now],
    );
  }
  return rows
    .map((r) => ({
      id: Number(r.id),
      type: r.type,
      payload: JSON.parse(r.payload) as unknown,
      organizationId: r.organization_id,
      attempts: r.attempts,
      maxAttempts: r.max_attempts,
      leaseToken: r.lease_token,
      leaseUntil: r.lease_until,
      firstFailedAt: r.first_failed_at === null ? null : Number(r.first_failed_at),
      recovered,
    }))
    .sort((a, b) => a.id - b.id);
}

/**
 * Marks the job done and runs `commit(tx)` in the same transaction, only if this claim still
 * owns the lease. Returns false (and commits nothing) when the lease was lost, so an effect
 * written through `commit` happens exactly once even if two workers ran the job.
 *
 * @example
 * await completeJob(store, job, Date.now(), async (tx) => { await tx.run('INSERT …', […]); });
 */
export async function completeJob(
  store: Store,
  job: ClaimedJob,
  now: number,
  commit?: (tx: SqlExecutor) => Promise<void>,
  status: 'done' | 'skipped' = 'done',
): Promise<boolean> {
  try {
    return await store.transaction(async (tx) => {
      const { changes } = await tx.run(
        `UPDATE jobs SET status = ?, completed_at = ?, updated_at = ?, lease_token = NULL, lease_until = NULL
         WHERE id = ? AND lease_token = ? AND status = 'running'`,
        [status, now, now, job.id, job.leaseToken],
      );
      if (changes !== 1) throw new LeaseLost();
      if (commit) await commit(tx);
      return true;
    });
  } catch (error) {
    if (error instanceof LeaseLost) return false;
    throw error;
  }
}

/**
 * Records a failed attempt: back to `ready` at `retryAt`, or `dead` when `retryAt` is null or
 * the attempts are used up. Returns the new status, or `undefined` if the lease was lost.
 *
 * @example
 * await failJob(store, job, 'Linear 503', Date.now() + 4000, Date.now()); // => 'ready'
 */
export async function failJob(
  store: Store,
  job: ClaimedJob,
  error: string,
  retryAt: number | null,
  now: number,
): Promise<'ready' | 'dead' | undefined> {
  const status = retryAt === null || job.attempts >= job.maxAttempts ? 'dead' : 'ready';
  const { changes } = await store.run(
    `UPDATE jobs SET status = ?, run_at = ?, last_error = ?, updated_at = ?, lease_token = NULL, lease_until = NULL,
       first_failed_at = COALESCE(first_failed_at, ?)
     WHERE id = ? AND lease_token = ? AND status = 'running'`,
    [status, retryAt ?? now, error.slice(0, 2000), now, now, job.id, job.leaseToken],
  );
  return changes === 1 ? status : undefined;
}

/** Pushes the lease of a long-running job forward; false if it was lost. */
export async function extendLease(
  store: Store,
  job: ClaimedJob,
  leaseMs: number,
  now: number,
): Promise<boolean> {
  const until = now + leaseMs;
  const { changes } = await store.run(
    `UPDATE jobs SET lease_until = ?, updated_at = ? WHERE id = ? AND lease_token = ? AND status = 'running'`,
    [until, now, job.id, job.leaseToken],
  );
  if (changes === 1) job.leaseUntil = until;
  return changes === 1;
}

/** Job counts by status, for `/healthz` and operators. */
export async function queueDepth(db: SqlExecutor): Promise<Record<JobStatus, number>> {
  const rows = await db.all<{ status: JobStatus; n: number }>(
    'SELECT status, count(*) AS n FROM jobs GROUP BY status',
  );
  const depth: Record<JobStatus, number> = { ready: 0, running: 0, done: 0, dead: 0, skipped: 0 };
  for (const r of rows) depth[r.status] = Number(r.n);
  return depth;
}

/**
 * Runs `fn` unless `effectKey` is already recorded, then records it. Guards external effects
 * that are not idempotent by themselves; the key is written after `fn` succeeds, so a crash in
 * between can repeat `fn` once (at-least-once), never skip it.
 *
 * @example
 * await effectOnce(store, `label:${issueId}:${labelId}`, jobId, () => addLabel(issueId, labelId));
 */
export async function effectOnce(
  store: Store,
  effectKey: string,
  jobId: number,
  fn: () => Promise<void>,
  now: number = Date.now(),
): Promise<'ran' | 'skipped'> {
  const seen = await store.get('SELECT effect_key FROM job_effects WHERE effect_key = ?', [effectKey]);
  if (seen) return 'skipped';
  await fn();
  await store.run(
    'INSERT INTO job_effects (effect_key, job_id, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
    [effectKey, jobId, now],
  );
  return 'ran';
}

/**
 * Deletes finished jobs and webhook deliveries older than the cut-offs. Deliveries must outlive
 * the webhook retry horizon, or a replay would no longer be recognised.
 */
export async function pruneFinished(
  store: Store,
  options: { jobsBefore: number; deliveriesBefore: number },
): Promise<void> {
  await store.run(`DELETE FROM jobs WHERE status IN ('done', 'skipped') AND completed_at < ?`, [
    options.jobsBefore,
  ]);
  await store.run('DELETE FROM webhook_deliveries WHERE received_at < ?', [options.deliveriesBefore]);
}

class LeaseLost extends Error {}
