import type { Outcome } from '@trailmap/core/model';
import { classifyNetworkError, describeNetworkError, parseRetryAfter } from '@trailmap/core/retry';
import type { JiraRestIssue } from '@trailmap/trackers';
import { z } from 'zod';
import type { JiraConnection } from '../config/env';

/** Why a Jira call failed, as the job queue needs it: retry (and when) or give up. */
export interface JiraRestError {
  code: 'authentication' | 'forbidden' | 'rate_limited' | 'unavailable' | 'rejected' | 'invalid_response';
  operation: string;
  /** One line: the status and Jira's first message, or the network cause. */
  message: string;
  /** For `rate_limited`: how long Jira asked us to wait, in ms, when it said so. */
  retryAfterMs?: number;
}

export type JiraRestResult<T> = Outcome<T, JiraRestError>;

/** A remote link as `POST /rest/api/3/issue/{issueIdOrKey}/remotelink` takes it. */
export interface RemoteLink {
  /** Jira updates the link with this id instead of adding a second one: the call is idempotent. */
  globalId: string;
  relationship: string;
  object: { url: string; title: string; summary?: string };
}

/** The Jira REST calls the Linear app makes (Jira Cloud platform REST v3, API-token basic auth). */
export interface JiraRest {
  /** One page of `POST /rest/api/3/search/jql`; `nextPageToken` is absent on the last page. */
  search(query: {
    jql: string;
    fields: readonly string[];
    nextPageToken?: string;
  }): Promise<JiraRestResult<{ issues: JiraRestIssue[]; nextPageToken: string | undefined }>>;
  /** Creates or (same `globalId`) updates a remote link on a Jira issue. */
  addRemoteLink(issueKey: string, link: RemoteLink): Promise<JiraRestResult<{ id: number | undefined }>>;
  /** The browser URL of an issue. */
  browseUrl(issueKey: string): string;
}

const SearchSchema = z.object({
  issues: z
    .array(
      z.object({
        id: z.string().optional(),
        key: z.string(),
        fields: z.record(z.string(), z.unknown()).default({}),
      }),
    )
    .default([]),
  nextPageToken: z.string().nullable().optional(),
  isLast: z.boolean().optional(),
});
const RemoteLinkSchema = z.object({ id: z.number().optional(), self: z.string().optional() });
const ErrorSchema = z.object({ errorMessages: z.array(z.string()).optional() }).catch({});

/** A Jira request gives up after this long; the job queue retries later. */
export const JIRA_REQUEST_TIMEOUT_MS = 15_000;

/**
 * A small Jira Cloud REST client over `fetch` with API-token basic auth. It makes one attempt
 * per call and says how it failed; the retries (and their backoff, outlasting an outage) are the
 * job queue's, the same core retry rule every other job uses.
 *
 * @example
 * const jira = createJiraRest({ baseUrl: 'https://acme.atlassian.net', email, apiToken, projects: ['SUP'], organizationId: undefined });
 * await jira.search({ jql: 'project in (SUP) ORDER BY updated DESC', fields: ['summary'] });
 */
export function createJiraRest(
  connection: JiraConnection,
  options: { fetch?: typeof fetch; now?: () => number; signal?: AbortSignal } = {},
): JiraRest {
  // Looked up per call, not captured: whatever fetch is installed when the request is made.
  const doFetch: typeof fetch = (input, init) => (options.fetch ?? globalThis.fetch)(input, init);
  const now = options.now ?? Date.now;
  const auth = `Basic ${Buffer.from(`${connection.email}:${connection.apiToken}`).toString('base64')}`;

  async function call<T>(
    operation: string,
    path: string,
    body: unknown,
    schema: z.ZodType<T>,
  ): Promise<JiraRestResult<T>> {
    let response: Response;
    try {
      const timeout = AbortSignal.timeout(JIRA_REQUEST_TIMEOUT_MS);
      response = await doFetch(`${connection.baseUrl}${path}`, {
        method: 'POST',
        headers: { Authorization: auth, Accept: 'application/json', 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        signal: options.signal ? AbortSignal.any([timeout, options.signal]) : timeout,
      });
    } catch (error) {
      const network = classifyNetworkError(error);
      if (!network) throw error;
      return { ok: false, error: { code: 'unavailable', operation, message: describeNetworkError(network) } };
    }
    if (!response.ok) {
      const detail = ErrorSchema.parse(await response.json().catch(() => ({}))).errorMessages?.[0];
      const message = `Jira answered HTTP ${response.status}${detail ? `: ${detail}` : ''}`;
      const status = response.status;
      const code: JiraRestError['code'] =
        status === 401
          ? 'authentication'
          : status === 403
            ? 'forbidden'
            : status === 429
              ? 'rate_limited'
              : status >= 500
                ? 'unavailable'
                : 'rejected';
      const retryAfterMs =
        status === 429 ? parseRetryAfter(response.headers.get('retry-after'), now()) : undefined;
      return {
        ok: false,
        error: { code, operation, message, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) },
      };
    }
    const parsed = schema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success)
      return {
        ok: false,
        error: {
          code: 'invalid_response',
          operation,
          message: parsed.error.issues[0]?.message ?? 'bad shape',
        },
      };
    return { ok: true, value: parsed.data };
  }

  return {
    async search(query) {
      const r = await call(
        'searchAndReconsileIssuesUsingJqlPost',
        '/rest/api/3/search/jql',
        {
          jql: query.jql,
          fields: query.fields,
          maxResults: 100,
          ...(query.nextPageToken ? { nextPageToken: query.nextPageToken } : {}),
        },
        SearchSchema,
      );
      if (!r.ok) return r;
      const next = r.value.isLast === true ? undefined : (r.value.nextPageToken ?? undefined);
      return { ok: true, value: { issues: r.value.issues, nextPageToken: next } };
    },
    async addRemoteLink(issueKey, link) {
      const r = await call(
        'createOrUpdateRemoteIssueLink',
        `/rest/api/3/issue/${encodeURIComponent(issueKey)}/remotelink`,
        link,
        RemoteLinkSchema,
      );
      return r.ok ? { ok: true, value: { id: r.value.id } } : r;
    },
    browseUrl: (issueKey) => `${connection.baseUrl}/browse/${encodeURIComponent(issueKey)}`,
  };
}

/**
 * A Jira failure as a job outcome, like `retryOrDead` for Linear: outages and rate limits retry
 * through the job queue (a rate limit no sooner than Jira asked), as do unreadable answers; a
 * rejected credential or a refused request is dead-lettered, since no retry fixes it.
 *
 * @example
 * jiraRetryOrDead({ code: 'rate_limited', operation: 'search', message: 'HTTP 429', retryAfterMs: 2000 });
 * // => { kind: 'retry', error: 'Jira search: HTTP 429', delayMs: 2000 }
 */
export function jiraRetryOrDead(
  error: JiraRestError,
): { kind: 'retry'; error: string; delayMs?: number } | { kind: 'dead'; error: string } {
  const line = `Jira ${error.operation}: ${error.message}`;
  if (error.code === 'authentication' || error.code === 'forbidden' || error.code === 'rejected')
    return { kind: 'dead', error: line };
  return {
    kind: 'retry',
    error: line,
    ...(error.retryAfterMs !== undefined ? { delayMs: error.retryAfterMs } : {}),
  };
}
