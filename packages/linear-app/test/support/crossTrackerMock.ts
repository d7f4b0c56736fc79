// The Linear mock the Jira ↔ Linear suites run against: the labeller world, plus attachments kept
// as Linear keeps them, and the fake Jira site's handlers on the same msw server.
import type { JiraSite } from './jiraSite';
import { type LinearWorld, worldResolvers } from './labellerWorld';
import { startLinearMock } from './useLinearMock';

/** An attachment as `attachmentCreate` received it. */
export interface Attachment {
  issueId: string;
  url: string;
  title: string;
  subtitle?: string;
}

/**
 * Starts the mock for `world` (webhook issue `issue`) and `site`; every attachmentCreate lands in
 * `attachments` and calls `onAttach`.
 *
 * @example
 * const linear = startCrossTrackerMock(world, calendar, site, attachments);
 */
export function startCrossTrackerMock(
  world: LinearWorld,
  issue: { id: string; title: string; description: string },
  site: JiraSite,
  attachments: Attachment[],
  onAttach: () => void = () => {},
) {
  const base = worldResolvers(world, issue);
  const linear = startLinearMock({
    resolvers: (s) => {
      const r = (base as (s: unknown) => unknown)(s) as { Mutation: Record<string, unknown> };
      r.Mutation.attachmentCreate = (_: unknown, args: { input: Attachment }) => {
        onAttach();
        // Linear keys attachments by (issue, url): the same url again updates the same one.
        const i = attachments.findIndex((a) => a.issueId === args.input.issueId && a.url === args.input.url);
        if (i >= 0) attachments[i] = args.input;
        else attachments.push(args.input);
        return { success: true, attachment: { id: `att-${attachments.length}`, url: args.input.url } };
      };
      return r;
    },
  });
  linear.server.use(...site.handlers());
  return linear;
}
