import type { JiraConnection } from '../../config/env';
import { createJiraMirror } from '../../jira/jiraMirror';
import { createJiraRest } from '../../jira/jiraRest';
import { createLinearApi, type LinearApi } from '../../linear/linearApi';
import type { LinearAuth } from '../../oauth/linearAuth';
import { type FeatureSettings, readFeatureSettings } from '../../routes/featureSettings';
import type { PageSigner } from '../../security/pageSigner';
import type { JobHandlers } from '../worker';
import { entityLinkHandler } from './entityLinkHandler';
import { EXPERIMENT_LINK_JOB, experimentLinkHandler } from './experimentLinkHandler';
import { issueHandler } from './issueHandler';
import { jiraDuplicatesHandler } from './jiraDuplicatesHandler';
import { JIRA_DUPLICATES_JOB, SYNC_JOB, syncHandler } from './syncHandler';

/** What the handlers need from the runtime. */
export interface JobHandlerDeps {
  settings?: FeatureSettings;
  /** Signs the page links placed in Linear; without it no sidebar links are added. */
  pageSigner?: PageSigner;
  publicUrl?: string;
  /** Linear's GraphQL endpoint (`LINEAR_API_URL`); the SDK default when absent. */
  linearApiUrl?: string | undefined;
  /** Aborted at shutdown: Linear calls in flight give up so the worker drains in time. */
  signal?: AbortSignal;
  /** Linear client factory (tests point it at the mock; production uses the defaults). */
  api?: (auth: LinearAuth) => LinearApi;
  /** The Jira site for cross-tracker duplicates (`TRAILMAP_JIRA_*`); none when absent. */
  jira?: JiraConnection | undefined;
}

/** Jobs pause at most this long for the rate limit before giving the worker back. */
const JOB_POLICY = { minRequests: 100, minComplexity: 5_000, maxPauseMs: 20_000 };

/**
 * The job handlers of the feature side: `linear.Issue` (classify + label new feedback, learn from
 * human label changes), `linear.Project` / `linear.Initiative` (sidebar roadmap link) and
 * `trailmap.sync` (incremental mirror sync) and, with a Jira site, `trailmap.jiraDuplicates` (new Jira
 * issues matched against the Linear issues and linked both ways).
 *
 * @example
 * startWorker(ctx, createJobHandlers({ pageSigner: rt.pageSigner, publicUrl: rt.config.publicUrl }));
 */
export function createJobHandlers(deps: JobHandlerDeps = {}): JobHandlers {
  const settings = deps.settings ?? defaultSettings();
  const api =
    deps.api ??
    ((auth: LinearAuth) =>
      createLinearApi({
        ...(auth.kind === 'apiKey' ? { apiKey: auth.token } : { accessToken: auth.token }),
        ...(deps.linearApiUrl ? { apiUrl: deps.linearApiUrl } : {}),
        ...(deps.signal ? { signal: deps.signal } : {}),
        policy: JOB_POLICY,
      }));
  const { pageSigner, publicUrl } = deps;
  const links =
    pageSigner && publicUrl
      ? (now: number) => ({ pageSigner, publicUrl, ttlSeconds: settings.linkTtlSeconds, now })
      : undefined;
  // One Jira mirror for the life of the worker: later jobs read only what changed.
  const connection = deps.jira;
  const jiraLink = connection
    ? (() => {
        const rest = createJiraRest(connection, deps.signal ? { signal: deps.signal } : {});
        return {
          rest,
          mirror: createJiraMirror(rest, { site: connection.baseUrl, projects: connection.projects }),
        };
      })()
    : undefined;
  const jira =
    connection && jiraLink
      ? (organizationId: string) =>
          connection.organizationId === undefined || connection.organizationId === organizationId
            ? jiraLink
            : undefined
      : undefined;
  return {
    'linear.Issue': issueHandler({ settings, api, ...(links ? { links } : {}), ...(jira ? { jira } : {}) }),
    [SYNC_JOB]: syncHandler({ api, ...(links ? { links } : {}), ...(jira ? { jira } : {}) }),
    ...(jira ? { [JIRA_DUPLICATES_JOB]: jiraDuplicatesHandler({ api, jira }) } : {}),
    ...(links
      ? {
          'linear.Project': entityLinkHandler('project', { api, links }),
          'linear.Initiative': entityLinkHandler('initiative', { api, links }),
          [EXPERIMENT_LINK_JOB]: experimentLinkHandler({ api, links }),
        }
      : {}),
  };
}

/**
 * Handlers without page signing (no sidebar links), for runners that only have the job context.
 * Prefer `createJobHandlers` with the runtime's page signer.
 */
export const jobHandlers: JobHandlers = createJobHandlers();

/** The documented defaults; the servers pass the settings validated at boot instead. */
function defaultSettings(): FeatureSettings {
  const settings = readFeatureSettings({});
  if (!settings.ok) throw new Error(`default feature settings are invalid: ${settings.messages.join('; ')}`);
  return settings.value;
}
