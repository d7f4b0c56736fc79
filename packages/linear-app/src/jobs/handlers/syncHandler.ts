import type { Problem } from '@trailmap/core';
import { z } from 'zod';
import { ViewerOrganization } from '../../linear/documents/viewerOrganization';
import type { LinearApi, LinearApiError } from '../../linear/linearApi';
import type { LinearAuth, LinearAuthProblemCode } from '../../oauth/linearAuth';
import type { SqlExecutor } from '../../storage/store';
import { createSnapshotStore } from '../../sync/snapshotStore';
import { recordCompleteSync } from '../../sync/syncStatus';
import { syncWorkspace } from '../../sync/syncWorkspace';
import { enqueueJob } from '../queue';
import type { JobHandler, JobOutcome } from '../worker';
import { renewLinks } from './renewLinks';
import { addRoadmapLink, type LinkTarget } from './sidebarLinks';

/** Job type of matching new Jira issues against a workspace (`jiraDuplicatesHandler`). */
export const JIRA_DUPLICATES_JOB = 'trailmap.jiraDuplicates';

/** Job type of a workspace sync; payload `{ organizationId }`. */
export const SYNC_JOB = 'trailmap.sync';

/** A workspace is re-synced at most once per window, and at least once per window while active. */
export const SYNC_INTERVAL_MS = 15 * 60_000;

/**
 * Schedules a sync of the workspace for the current window unless one is already queued for it
 * (dedupe key per window), so a burst of webhooks costs one sync.
 *
 * @example
 * await scheduleSync(store, organizationId, now);
 */
export async function scheduleSync(
  db: SqlExecutor,
  organizationId: string,
  now: number,
  runAt = now,
): Promise<void> {
  const window = Math.floor(runAt / SYNC_INTERVAL_MS);
  await enqueueJob(
    db,
    {
      type: SYNC_JOB,
      payload: { organizationId },
      organizationId,
      dedupeKey: `sync:${organizationId}:${window}`,
      runAt,
    },
    now,
  );
}

/**
 * Queues the first sync of the API key's workspace at boot. Its organization id is not known
 * until Linear answers, so the job carries `organizationId: null` and the handler asks Linear.
 * One per boot window, so restarts in a loop do not pile up syncs.
 *
 * @example
 * await scheduleBootSync(store, Date.now());
 */
export async function scheduleBootSync(db: SqlExecutor, now: number): Promise<void> {
  await enqueueJob(
    db,
    {
      type: SYNC_JOB,
      payload: { organizationId: null },
      dedupeKey: `sync:api-key:${Math.floor(now / SYNC_INTERVAL_MS)}`,
    },
    now,
  );
}

/**
 * `trailmap.sync` jobs: incremental sync of the workspace mirror (everything changed since the
 * stored cursors), then the "Roadmap timeline" link on every project and initiative that lacks it,
 * and fresh signatures for links that expire within 30 days.
 *
 * @example
 * await enqueueJob(store, { type: SYNC_JOB, payload: { organizationId }, organizationId }, now);
 */
export function syncHandler(deps: {
  api: (auth: LinearAuth) => LinearApi;
  links?: (now: number) => LinkTarget;
  /** The workspace's Jira site, if any: its new issues are matched after each sync. */
  jira?: (organizationId: string) => unknown;
}): JobHandler {
  return async (job, ctx) => {
    const parsed = z.object({ organizationId: z.string().nullable() }).safeParse(job.payload);
    if (!parsed.success) return { kind: 'dead', error: 'sync job needs { organizationId }' };
    const requested = parsed.data.organizationId;
    // Whatever happens to this run, the workspace is synced again next window: a quiet workspace
    // must not stop syncing because one sync failed during an outage.
    if (requested) await scheduleSync(ctx.store, requested, ctx.now(), ctx.now() + SYNC_INTERVAL_MS);
    const auth = await ctx.linearAuth.getLinearAuth(requested ?? 'api-key');
    if (!auth.ok) return authRetryOrDead(auth.problems[0]);
    const api = deps.api(auth.value);
    let organizationId = requested;
    if (organizationId === null) {
      // API-key mode at boot: learn which workspace the key belongs to.
      const viewer = await api.request(ViewerOrganization, {});
      if (!viewer.ok) return retryOrDead(viewer.error);
      organizationId = viewer.value.organization.id;
      await scheduleSync(ctx.store, organizationId, ctx.now(), ctx.now() + SYNC_INTERVAL_MS);
    }
    const org = organizationId;
    const snapshots = createSnapshotStore(ctx.store);
    const report = await syncWorkspace({ api, snapshots, organizationId: org, clock: { now: ctx.now } });
    if (!report.ok) return report.error ? retryOrDead(report.error) : { kind: 'retry', error: 'sync failed' };
    // The mirror is complete from here: webhook work waiting for it may go ahead.
    await recordCompleteSync(ctx.store, org, ctx.now());
    // New Jira issues are matched against the fresh Linear mirror in a job of their own, so a
    // Jira outage retries only the Jira side (one per sync window).
    if (deps.jira?.(org))
      await enqueueJob(
        ctx.store,
        {
          type: JIRA_DUPLICATES_JOB,
          payload: { organizationId: org },
          organizationId: org,
          dedupeKey: `jira-duplicates:${org}:${Math.floor(ctx.now() / SYNC_INTERVAL_MS)}`,
        },
        ctx.now(),
      );
    if (deps.links) {
      for (const entity of ['projects', 'initiatives'] as const) {
        for (const row of await snapshots.list(org, entity)) {
          const id = z.object({ id: z.string(), archivedAt: z.string().nullable() }).safeParse(row);
          if (!id.success || id.data.archivedAt) continue;
          const kind = entity === 'projects' ? 'project' : 'initiative';
          const linked = await addRoadmapLink(
            api,
            ctx.store,
            { organizationId: org, entity: kind, id: id.data.id },
            deps.links(ctx.now()),
          );
          if (!linked.ok) return retryOrDead(linked.error);
        }
      }
      const renewed = await renewLinks(api, ctx.store, org, deps.links(ctx.now()));
      if (!renewed.ok) return retryOrDead(renewed.error);
    }
    return { kind: 'done' };
  };
}

/**
 * No Linear credential for the workspace, as a job outcome: a refresh that failed may pass on a
 * retry; a workspace that is not installed, must re-authorise or holds a corrupt token will not.
 */
export function authRetryOrDead(problem: Problem<LinearAuthProblemCode>): JobOutcome {
  return problem.code === 'refresh_failed'
    ? { kind: 'retry', error: problem.message }
    : { kind: 'dead', error: problem.message };
}

/**
 * A Linear failure as a job outcome: outages and rate limits retry (a rate limit no sooner
 * than Linear asked), everything else too, except a rejected credential, which no retry fixes.
 */
export function retryOrDead(error: LinearApiError): JobOutcome {
  const line = `${error.operation}: ${error.message}`;
  if (error.code === 'authentication' || error.code === 'forbidden') return { kind: 'dead', error: line };
  return {
    kind: 'retry',
    error: line,
    ...(error.retryAfterMs !== undefined ? { delayMs: error.retryAfterMs } : {}),
  };
}
