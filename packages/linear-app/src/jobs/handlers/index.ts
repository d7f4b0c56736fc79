import { createLinearApi, type LinearApi } from '../../linear/linearApi';
import type { LinearAuth } from '../../oauth/linearAuth';
import { type FeatureSettings, readFeatureSettings } from '../../routes/featureSettings';
import type { PageSigner } from '../../security/pageSigner';
import type { JobHandlers } from '../worker';
import { entityLinkHandler } from './entityLinkHandler';
import { issueHandler } from './issueHandler';
import { SYNC_JOB, syncHandler } from './syncHandler';

/** What the handlers need from the runtime. */
export interface JobHandlerDeps {
  settings?: FeatureSettings;
  /** Signs the page links placed in Linear; without it no sidebar links are added. */
  pageSigner?: PageSigner;
  publicUrl?: string;
  /** Linear client factory (tests point it at the mock; production uses the defaults). */
  api?: (auth: LinearAuth) => LinearApi;
}

/** Jobs pause at most this long for the rate limit before giving the worker back. */
const JOB_POLICY = { minRequests: 100, minComplexity: 5_000, maxPauseMs: 20_000 };

/**
 * The job handlers of the feature side: `linear.Issue` (classify + label new feedback, learn from
 * human label changes), `linear.Project` / `linear.Initiative` (sidebar roadmap link) and
 * `trailmap.sync` (incremental mirror sync).
 *
 * @example
 * startWorker(ctx, createJobHandlers({ pageSigner: rt.pageSigner, publicUrl: rt.config.publicUrl }));
 */
export function createJobHandlers(deps: JobHandlerDeps = {}): JobHandlers {
  const settings = deps.settings ?? envSettings();
  const api =
    deps.api ??
    ((auth: LinearAuth) =>
      createLinearApi({
        ...(auth.kind === 'apiKey' ? { apiKey: auth.token } : { accessToken: auth.token }),
        policy: JOB_POLICY,
      }));
  const { pageSigner, publicUrl } = deps;
  const links =
    pageSigner && publicUrl
      ? (now: number) => ({ pageSigner, publicUrl, ttlSeconds: settings.linkTtlSeconds, now })
      : undefined;
  return {
    'linear.Issue': issueHandler({ settings, api, ...(links ? { links } : {}) }),
    [SYNC_JOB]: syncHandler({ api, ...(links ? { links } : {}) }),
    ...(links
      ? {
          'linear.Project': entityLinkHandler('project', { api, links }),
          'linear.Initiative': entityLinkHandler('initiative', { api, links }),
        }
      : {}),
  };
}

/**
 * Handlers without page signing (no sidebar links), for runners that only have the job context.
 * Prefer `createJobHandlers` with the runtime's page signer.
 */
export const jobHandlers: JobHandlers = createJobHandlers();

function envSettings(): FeatureSettings {
  const settings = readFeatureSettings(process.env);
  if (!settings.ok) throw new Error(`Invalid Trailmap settings: ${settings.messages.join('; ')}`);
  return settings.value;
}
