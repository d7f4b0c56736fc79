import { jiraRetryOrDead } from '../../jira/jiraRest';
import type { LinearApi } from '../../linear/linearApi';
import { mapIssueWebhook } from '../../mapping/fromLinearWebhook';
import type { LinearAuth } from '../../oauth/linearAuth';
import type { FeatureSettings } from '../../routes/featureSettings';
import { createSnapshotStore } from '../../sync/snapshotStore';
import { hasCompleteSync, pendingSyncError } from '../../sync/syncStatus';
import { isOwnAction } from '../../webhooks/isOwnAction';
import type { JobHandler, JobOutcome } from '../worker';
import { classifyAndLabel, type JiraLink } from './classifyAndLabel';
import { learnFromLabels } from './learnFromLabels';
import { attachScorePage, type LinkTarget } from './sidebarLinks';
import { authRetryOrDead, retryOrDead, scheduleSync } from './syncHandler';

/** What the Issue handler needs besides the job context. */
export interface IssueHandlerDeps {
  settings: FeatureSettings;
  /** Builds the Linear client for a workspace's credentials (tests point it at the mock). */
  api: (auth: LinearAuth) => LinearApi;
  /** Where the issue attachment points; absent when the worker cannot sign page links. */
  links?: (now: number) => LinkTarget;
  /** The Jira site matched for cross-tracker duplicates, per workspace; absent without one. */
  jira?: (organizationId: string) => JiraLink | undefined;
}

/**
 * `linear.Issue` jobs: a new feedback issue (a feedback team's, or in triage) is classified and
 * labelled; a human label change teaches the model; events caused by the app are ignored.
 *
 * @example
 * const handler = issueHandler({ settings, api: (auth) => createLinearApi({ accessToken: auth.token }) });
 */
export function issueHandler(deps: IssueHandlerDeps): JobHandler {
  return async (job, ctx): Promise<JobOutcome> => {
    const event = mapIssueWebhook(job.payload);
    if (event.kind === 'ignored') return { kind: 'skipped', reason: event.reason };
    // Any activity keeps the workspace mirror (roadmaps, Reach, planning) at most one window old.
    await scheduleSync(ctx.store, event.organizationId, ctx.now());
    const auth = await ctx.linearAuth.getLinearAuth(event.organizationId);
    if (!auth.ok) return authRetryOrDead(auth.problems[0]);
    // The intake drops our own events already; checked again because a replayed job may predate an install's app user.
    if (isOwnAction({ actor: { id: event.actorId } }, { appUserId: auth.value.appUserId }))
      return { kind: 'done' };
    if (event.kind === 'removed') {
      // Deleted in Linear: it leaves every roadmap, score and plan at once.
      await createSnapshotStore(ctx.store).remove(event.organizationId, 'issues', event.issueId);
      return { kind: 'done' };
    }
    if (!(await hasCompleteSync(ctx.store, event.organizationId))) {
      // Labels, the model and the mirror come from the first sync: acting before it would mark
      // the job done without its effect. Wait for it, as long as the retry horizon allows.
      const cause = await pendingSyncError(ctx.store, event.organizationId);
      return {
        kind: 'retry',
        error: `waiting for the first sync of workspace ${event.organizationId}${cause ? ` (sync: ${cause})` : ''}`,
      };
    }
    const api = deps.api(auth.value);

    if (event.kind === 'created') {
      const teamKey = event.issue.teamKey?.toLowerCase();
      const feedbackTeam = deps.settings.feedbackTeamKeys.some((k) => k.toLowerCase() === teamKey);
      if (!feedbackTeam && event.issue.stateType !== 'triage') return { kind: 'done' };
      const result = await classifyAndLabel(api, ctx, event, {
        comment: deps.settings.labelComment,
        minConfidence: deps.settings.minLabelConfidence,
        ...(deps.jira?.(event.organizationId) ? { jira: deps.jira(event.organizationId)! } : {}),
      });
      if (!result.ok)
        return 'jiraError' in result ? jiraRetryOrDead(result.jiraError) : retryOrDead(result.error);
      if (deps.links) {
        const attached = await attachScorePage(
          api,
          ctx.store,
          {
            organizationId: event.organizationId,
            issueId: event.issue.id,
            identifier: event.issue.identifier,
          },
          deps.links(ctx.now()),
        );
        if (!attached.ok) return retryOrDead(attached.error);
      }
      return { kind: 'done' };
    }

    const learned = await learnFromLabels(api, ctx.store, event, ctx.now());
    if (!learned.ok) return retryOrDead(learned.error);
    return learned.outcome.kind === 'learned'
      ? { kind: 'done', commit: learned.outcome.commit }
      : { kind: 'done' };
  };
}
