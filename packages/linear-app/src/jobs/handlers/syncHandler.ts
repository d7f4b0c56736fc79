import { z } from 'zod';
import type { LinearApi } from '../../linear/linearApi';
import type { LinearAuth } from '../../oauth/linearAuth';
import type { SqlExecutor } from '../../storage/store';
import { createSnapshotStore } from '../../sync/snapshotStore';
import { syncWorkspace } from '../../sync/syncWorkspace';
import { enqueueJob } from '../queue';
import type { JobHandler } from '../worker';
import { renewLinks } from './renewLinks';
import { addRoadmapLink, type LinkTarget } from './sidebarLinks';

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
}): JobHandler {
  return async (job, ctx) => {
    const parsed = z.object({ organizationId: z.string() }).safeParse(job.payload);
    if (!parsed.success) return { kind: 'dead', error: 'sync job needs { organizationId }' };
    const { organizationId } = parsed.data;
    const auth = await ctx.linearAuth.getLinearAuth(organizationId);
    if (!auth.ok) return { kind: 'dead', error: auth.problems[0].message };
    const api = deps.api(auth.value);
    const snapshots = createSnapshotStore(ctx.store);
    const report = await syncWorkspace({ api, snapshots, organizationId, clock: { now: ctx.now } });
    if (!report.ok) return { kind: 'retry', error: report.error?.message ?? 'sync failed' };
    if (deps.links) {
      for (const entity of ['projects', 'initiatives'] as const) {
        for (const row of await snapshots.list(organizationId, entity)) {
          const id = z.object({ id: z.string(), archivedAt: z.string().nullable() }).safeParse(row);
          if (!id.success || id.data.archivedAt) continue;
          const kind = entity === 'projects' ? 'project' : 'initiative';
          const linked = await addRoadmapLink(
            api,
            ctx.store,
            { organizationId, entity: kind, id: id.data.id },
            deps.links(ctx.now()),
          );
          if (!linked.ok) return { kind: 'retry', error: linked.error.message };
        }
      }
      const renewed = await renewLinks(api, ctx.store, organizationId, deps.links(ctx.now()));
      if (!renewed.ok) return { kind: 'retry', error: renewed.error.message };
    }
    // Keep the mirror fresh even when no webhook arrives: the next window's sync.
    return {
      kind: 'done',
      commit: (tx) => scheduleSync(tx, organizationId, ctx.now(), ctx.now() + SYNC_INTERVAL_MS),
    };
  };
}
