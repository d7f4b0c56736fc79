import { z } from 'zod';
import { toUserMessage } from '../../app/toUserMessage';
import type { LinearApi } from '../../linear/linearApi';
import type { LinearAuth } from '../../oauth/linearAuth';
import type { JobHandler } from '../worker';
import { addRoadmapLink, type LinkTarget } from './sidebarLinks';

const EntityWebhookSchema = z.object({
  action: z.string(),
  organizationId: z.string(),
  data: z.object({ id: z.string() }).passthrough(),
});

/**
 * `linear.Project` / `linear.Initiative` jobs: on create, add the "Roadmap timeline" link to the
 * entity's resources in Linear's sidebar.
 *
 * @example
 * jobHandlers['linear.Project'] = entityLinkHandler('project', { api, links });
 */
export function entityLinkHandler(
  entity: 'project' | 'initiative',
  deps: { api: (auth: LinearAuth) => LinearApi; links: (now: number) => LinkTarget },
): JobHandler {
  return async (job, ctx) => {
    const parsed = EntityWebhookSchema.safeParse(job.payload);
    if (!parsed.success) return { kind: 'dead', error: `unexpected ${entity} payload` };
    if (parsed.data.action !== 'create') return { kind: 'done' };
    const auth = await ctx.linearAuth.getLinearAuth(parsed.data.organizationId);
    if (!auth.ok) return { kind: 'dead', error: toUserMessage(auth.problems) };
    const result = await addRoadmapLink(
      deps.api(auth.value),
      ctx.store,
      { organizationId: parsed.data.organizationId, entity, id: parsed.data.data.id },
      deps.links(ctx.now()),
    );
    return result.ok ? { kind: 'done' } : { kind: 'retry', error: result.error.message };
  };
}
