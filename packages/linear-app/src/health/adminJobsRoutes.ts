import { createHash, timingSafeEqual } from 'node:crypto';
import type { Hono, MiddlewareHandler } from 'hono';
import type { AppDeps } from '../app/appDeps';
import { problemResponse } from '../app/problemResponse';
import type { JobStatus } from '../jobs/queue';

const STATUSES: readonly JobStatus[] = ['ready', 'running', 'done', 'dead', 'skipped'];
const digest = (s: string) => createHash('sha256').update(s).digest();

/** Bearer-token guard for `/admin/*`; the endpoints do not exist without `TRAILMAP_ADMIN_TOKEN`. */
export function requireAdmin(deps: AppDeps): MiddlewareHandler {
  return async (c, next) => {
    const expected = deps.config.adminToken;
    if (!expected)
      return problemResponse(c, 404, 'not_found', 'admin endpoints are disabled (set TRAILMAP_ADMIN_TOKEN)');
    // Only the Bearer scheme: a raw token with no scheme is refused like a wrong one.
    const match = /^Bearer +(\S+)$/i.exec(c.req.header('authorization')?.trim() ?? '');
    const given = match?.[1] ?? '';
    // Compare digests so the comparison is constant-time whatever the lengths.
    if (!match || !timingSafeEqual(digest(given), digest(expected))) {
      return problemResponse(c, 401, 'unauthorized', 'admin token required');
    }
    await next();
    return undefined;
  };
}

/**
 * Mounts the dead-letter tools: `GET /admin/jobs?status=dead&limit=50` lists jobs (newest first,
 * without payloads, which hold workspace data), `POST /admin/jobs/:id/retry` puts a dead job
 * back in the queue with a fresh retry horizon, and `POST /admin/jobs/retry?status=dead` does that
 * for every dead job at once (after an outage that outlasted the horizon).
 *
 * @example
 * // curl -H "Authorization: Bearer $TRAILMAP_ADMIN_TOKEN" "$PUBLIC_URL/admin/jobs?status=dead"
 */
export function registerAdminJobsRoutes(app: Hono, deps: AppDeps): void {
  app.get('/admin/jobs', requireAdmin(deps), async (c) => {
    const status = (c.req.query('status') ?? 'dead') as JobStatus;
    if (!STATUSES.includes(status)) {
      return problemResponse(c, 400, 'invalid_status', `status must be one of ${STATUSES.join(', ')}`);
    }
    const rawLimit = c.req.query('limit') ?? '50';
    if (!/^\d{1,6}$/.test(rawLimit) || Number(rawLimit) < 1) {
      return problemResponse(
        c,
        400,
        'invalid_limit',
        'limit must be a whole number from 1 (at most 500 are listed)',
      );
    }
    const limit = Math.min(500, Number(rawLimit));
    const jobs = await deps.store.all(
      `SELECT id, type, organization_id AS "organizationId", status, attempts, max_attempts AS "maxAttempts",
         last_error AS "lastError", run_at AS "runAt", updated_at AS "updatedAt"
       FROM jobs WHERE status = ? ORDER BY updated_at DESC, id DESC LIMIT ?`,
      [status, limit],
    );
    return c.json({ status, jobs });
  });

  app.post('/admin/jobs/retry', requireAdmin(deps), async (c) => {
    const status = c.req.query('status') ?? 'dead';
    if (status !== 'dead')
      return problemResponse(
        c,
        400,
        'invalid_status',
        'only dead jobs can be retried in bulk: use status=dead',
      );
    const type = c.req.query('type');
    const now = deps.now();
    const { changes } = await deps.store.run(
      `UPDATE jobs SET status = 'ready', attempts = 0, first_failed_at = NULL, run_at = ?, updated_at = ?
       WHERE status = 'dead'${type ? ' AND type = ?' : ''}`,
      type ? [now, now, type] : [now, now],
    );
    if (changes > 0) deps.notifyWorker();
    return c.json({ status: 'ready', retried: changes });
  });

  app.post('/admin/jobs/:id/retry', requireAdmin(deps), async (c) => {
    const rawId = c.req.param('id');
    const id = Number(rawId);
    if (!/^\d{1,15}$/.test(rawId) || !Number.isSafeInteger(id))
      return problemResponse(c, 400, 'invalid_id', 'job id must be a whole number');
    const now = deps.now();
    const { changes } = await deps.store.run(
      `UPDATE jobs SET status = 'ready', attempts = 0, first_failed_at = NULL, run_at = ?, updated_at = ? WHERE id = ? AND status = 'dead'`,
      [now, now, id],
    );
    if (changes === 0) return problemResponse(c, 404, 'not_dead', `job ${id} does not exist or is not dead`);
    deps.notifyWorker();
    return c.json({ id, status: 'ready' });
  });
}
