import { z } from 'zod';
import { toUserMessage } from '../../app/toUserMessage';
import type { LinearApi } from '../../linear/linearApi';
import type { LinearAuth } from '../../oauth/linearAuth';
import type { SqlExecutor } from '../../storage/store';
import { enqueueJob } from '../queue';
import type { JobHandler } from '../worker';
import { attachExperimentPage, type LinkTarget } from './sidebarLinks';

/** Job type that attaches an issue's experiment page in Linear. */
export const EXPERIMENT_LINK_JOB = 'trailmap.experimentLink';

const PayloadSchema = z.object({ organizationId: z.string(), idea: z.string() });

/**
 * Queues the experiment-page attachment of one issue; a job (not an inline call) so a Linear
 * outage is retried by the worker. One job per (workspace, issue): re-posting queues nothing.
 *
 * @example
 * await scheduleExperimentLink(store, org, 'ENG-12', now);
 */
export async function scheduleExperimentLink(
  db: SqlExecutor,
  organizationId: string,
  idea: string,
  now: number,
): Promise<void> {
  await enqueueJob(
    db,
    {
      type: EXPERIMENT_LINK_JOB,
      payload: { organizationId, idea },
      organizationId,
      dedupeKey: `experiment-link:${organizationId}:${idea.toLowerCase()}`,
    },
    now,
  );
}

/**
 * `trailmap.experimentLink` jobs: attach the signed experiment page to the issue.
 *
 * @example
 * handlers[EXPERIMENT_LINK_JOB] = experimentLinkHandler({ api, links });
 */
export function experimentLinkHandler(deps: {
  api: (auth: LinearAuth) => LinearApi;
  links: (now: number) => LinkTarget;
}): JobHandler {
  return async (job, ctx) => {
    const parsed = PayloadSchema.safeParse(job.payload);
    if (!parsed.success) return { kind: 'dead', error: 'unexpected experiment link payload' };
    const auth = await ctx.linearAuth.getLinearAuth(parsed.data.organizationId);
    if (!auth.ok) return { kind: 'dead', error: toUserMessage(auth.problems) };
    const result = await attachExperimentPage(
      deps.api(auth.value),
      ctx.store,
      parsed.data,
      deps.links(ctx.now()),
    );
    return result.ok ? { kind: 'done' } : { kind: 'retry', error: result.error.message };
  };
}
