import { randomUUID } from 'node:crypto';
import type Resolver from '@forge/resolver';
import { type Clock, today } from '@trailmap/core/calendar';
import { z } from 'zod';
import { applyPlan, previewPlan } from '../services/releasePlan';
import { roadmapView } from '../services/roadmapView';
import { PlannedRemovalSchema, ReleaseChoiceSchema } from '../storage/planPreviews';
import { loadSettings } from '../storage/settings';
import { resolverClients } from './clients';
import { guard, parsePayload, respond } from './respond';

const ProjectKey = z.string().regex(/^[A-Z][A-Z0-9_]+$/, 'use a Jira project key such as PM');
/** `roadmap/render` payload. */
export const RoadmapPayload = z.object({ projectKey: ProjectKey, today: z.iso.date().optional() });
/** `plan/preview` payload: the releases to fill and their capacities. */
export const PlanPreviewPayload = z.object({
  projectKey: ProjectKey,
  releases: z.array(ReleaseChoiceSchema).min(1).max(12),
});
/** `plan/apply` payload: the preview to apply, identified by id and hash. */
export const PlanApplyPayload = z.object({
  previewId: z.string().min(1),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  /** The previewed removals the user kept ticked; anything else is kept on the issue. */
  keepRemovals: z.array(PlannedRemovalSchema).max(10_000).default([]),
});

/**
 * Registers the project page's resolvers: roadmap, plan preview and plan apply.
 * Everything runs as the viewing user, so creating versions needs their project admin rights.
 * `clock` is the one clock read here; the roadmap's default "today" is core's UTC `today` of it.
 *
 * @example
 * defineProjectResolvers(new Resolver()).getDefinitions();
 */
export function defineProjectResolvers(resolver: Resolver, clock: Clock = Date.now): Resolver {
  resolver.define(
    'roadmap/render',
    guard('roadmap/render', async ({ payload }) => {
      const p = parsePayload('roadmap/render', RoadmapPayload, payload);
      if (!p.ok) return respond(p);
      return respond(
        await roadmapView(
          resolverClients().user,
          await loadSettings(),
          p.value.projectKey,
          p.value.today ?? today(clock),
        ),
      );
    }),
  );
  resolver.define(
    'plan/preview',
    guard('plan/preview', async ({ payload }) => {
      const p = parsePayload('plan/preview', PlanPreviewPayload, payload);
      if (!p.ok) return respond(p);
      const { user } = resolverClients();
      return respond(
        await previewPlan(
          user,
          await loadSettings(),
          p.value.projectKey,
          p.value.releases,
          randomUUID,
          new Date(),
        ),
      );
    }),
  );
  resolver.define(
    'plan/apply',
    guard('plan/apply', async ({ payload }) => {
      const p = parsePayload('plan/apply', PlanApplyPayload, payload);
      if (!p.ok) return respond(p);
      return respond(await applyPlan(resolverClients().user, await loadSettings(), p.value, new Date()));
    }),
  );
  return resolver;
}
