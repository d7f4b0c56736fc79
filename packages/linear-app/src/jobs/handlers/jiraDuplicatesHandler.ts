import { jiraDuplicateDoc } from '@trailmap/trackers';
import { z } from 'zod';
import { markJiraIssueChecked, uncheckedJiraIssues } from '../../jira/jiraDuplicateChecks';
import { jiraRetryOrDead } from '../../jira/jiraRest';
import type { LinearApi } from '../../linear/linearApi';
import type { LinearAuth } from '../../oauth/linearAuth';
import type { JobHandler } from '../worker';
import type { JiraLink } from './classifyAndLabel';
import { linkAcrossTrackers } from './crossTrackerLink';
import { authRetryOrDead, retryOrDead } from './syncHandler';

import { linearDuplicatesOfJira } from './workspaceDuplicates';

/**
 * `trailmap.jiraDuplicates` jobs (queued after each workspace sync when a Jira site is
 * connected): refreshes the stored Jira mirror, then queries every Jira issue that is new or
 * changed since this workspace last matched it against the Linear side of the one duplicate
 * index. A Linear issue past the learnt link threshold is linked both ways (an attachment on the
 * Linear issue, a remote link on the Jira issue); nothing is merged or closed. An issue counts as
 * matched only once its links are made, so a failed job retries it and a redelivered one adds
 * nothing twice.
 *
 * @example
 * const handler = jiraDuplicatesHandler({ api, jira: () => jiraLink });
 */
export function jiraDuplicatesHandler(deps: {
  api: (auth: LinearAuth) => LinearApi;
  jira: (organizationId: string) => JiraLink | undefined;
}): JobHandler {
  return async (job, ctx) => {
    const parsed = z.object({ organizationId: z.string() }).safeParse(job.payload);
    if (!parsed.success) return { kind: 'dead', error: 'Jira duplicates job needs { organizationId }' };
    const org = parsed.data.organizationId;
    const jira = deps.jira(org);
    if (!jira) return { kind: 'skipped', reason: `no Jira site is connected to workspace ${org}` };
    const auth = await ctx.linearAuth.getLinearAuth(org);
    if (!auth.ok) return authRetryOrDead(auth.problems[0]);
    const api = deps.api(auth.value);
    const synced = await jira.mirror.sync(ctx.store, ctx.now());
    if (!synced.ok) return jiraRetryOrDead(synced.error);
    const fresh = await uncheckedJiraIssues(ctx.store, org, jira.mirror.name, synced.value, ctx.now());
    const matched = await linearDuplicatesOfJira(ctx.store, org, fresh, synced.value);
    for (const jiraIssue of fresh) {
      const matches = matched.get(jiraIssue.key) ?? [];
      for (const { issue } of matches) {
        const linked = await linkAcrossTrackers(api, ctx, jira.rest, {
          linear: issue,
          jiraKey: jiraIssue.key,
          jiraSummary: jiraDuplicateDoc(jiraIssue).title,
          newer: 'jira',
        });
        if (!linked.ok)
          return 'jiraError' in linked ? jiraRetryOrDead(linked.jiraError) : retryOrDead(linked.error);
      }
      await markJiraIssueChecked(ctx.store, org, jira.mirror.name, jiraIssue);
    }
    return { kind: 'done' };
  };
}
