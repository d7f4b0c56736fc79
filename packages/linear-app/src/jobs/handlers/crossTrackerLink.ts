import type { JiraRest, JiraRestError } from '../../jira/jiraRest';
import { CreateAttachment } from '../../linear/documents/sidebarLinks';
import type { LinearApi, LinearApiError } from '../../linear/linearApi';
import type { JobContext } from '../worker';

/** The Jira remote link's id for a Linear issue: re-posting it updates the same link. */
export const jiraRemoteLinkId = (linearIssueId: string) => `trailmap:linear-duplicate:${linearIssueId}`;

/** The Linear side of a cross-tracker pair, as the links name it. */
export interface LinkedLinearIssue {
  id: string;
  identifier: string;
  title: string;
  url: string;
}

/**
 * Links a Linear issue and a Jira issue both ways as duplicates: an attachment on the Linear
 * issue (to the Jira issue) and a remote link on the Jira issue (to the Linear one). `newer` says
 * which of the two was found to duplicate the other (the one whose arrival was matched). Nothing
 * is merged or closed. Idempotent three times over: Linear keys attachments by (issue, url), Jira
 * remote links by `globalId`, and the pair is linked once per workspace whichever side found it
 * first (an effect key per pair), so a redelivered job, a refresh or the other direction's match
 * never adds a second link or flips the first one's wording.
 *
 * @example
 * await linkAcrossTrackers(api, ctx, jira, { linear, jiraKey: 'SUP-123', jiraSummary, newer: 'linear' });
 */
export async function linkAcrossTrackers(
  api: LinearApi,
  ctx: Pick<JobContext, 'effectOnce'>,
  jira: JiraRest,
  pair: { linear: LinkedLinearIssue; jiraKey: string; jiraSummary: string; newer: 'linear' | 'jira' },
): Promise<{ ok: true } | { ok: false; error: LinearApiError } | { ok: false; jiraError: JiraRestError }> {
  const { linear, jiraKey, newer } = pair;
  try {
    await ctx.effectOnce(`cross-tracker-duplicate:${linear.id}:${jiraKey}`, async () => {
      const attached = await api.request(CreateAttachment, {
        input: {
          issueId: linear.id,
          url: jira.browseUrl(jiraKey),
          title: newer === 'linear' ? `Duplicates ${jiraKey} (Jira)` : `Duplicated by ${jiraKey} (Jira)`,
          subtitle: pair.jiraSummary,
        },
      });
      if (!attached.ok) throw new LinkFailed(attached);
      const remote = await jira.addRemoteLink(jiraKey, {
        globalId: jiraRemoteLinkId(linear.id),
        relationship: newer === 'linear' ? 'is duplicated by' : 'duplicates',
        object: {
          url: linear.url,
          title: `${linear.identifier}: ${linear.title}`,
          summary:
            newer === 'linear'
              ? 'Linear issue that Trailmap found to duplicate this one'
              : 'Linear issue that Trailmap found this one to duplicate',
        },
      });
      if (!remote.ok) throw new LinkFailed({ ok: false, jiraError: remote.error });
    });
  } catch (error) {
    // Thrown inside so the effect is not recorded: the retried job redoes both calls, which are
    // idempotent on their own.
    if (error instanceof LinkFailed) return error.failure;
    throw error;
  }
  return { ok: true };
}

class LinkFailed extends Error {
  constructor(
    readonly failure: { ok: false; error: LinearApiError } | { ok: false; jiraError: JiraRestError },
  ) {
    super('cross-tracker link failed');
  }
}
