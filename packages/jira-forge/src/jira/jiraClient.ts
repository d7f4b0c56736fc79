import api, { type APIResponse, type RequestInit, type Route } from '@forge/api';
import {
  type AttemptOutcome,
  classifyNetworkError,
  type NetworkError,
  parseRetryAfter,
  type RetryPolicy,
  retrying,
} from '@trailmap/core';
import type { z } from 'zod';
import { type AppResult, fail, ok } from '../errors/appError';
import { FORGE_RETRY_POLICY, RETRYABLE_STATUSES } from './retryPolicy';

/** The `requestJira` shape of `@forge/api` (`api.asApp().requestJira`). */
export type RequestJira = (route: Route, init?: RequestInit) => Promise<APIResponse>;

/** Who the call runs as: the app (triggers, jobs) or the viewing user (resolvers, so Jira enforces their permissions). */
export type JiraActor = 'app' | 'user';

/** Options for `createJiraClient`; every side effect is injectable for tests. */
export interface JiraClientOptions {
  actor?: JiraActor;
  requestJira?: RequestJira;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
  retry?: RetryPolicy;
}

/** One Jira call: method, route and optional JSON body. */
export interface JiraCall {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  route: Route;
  body?: unknown;
}

/** A thin Jira REST client: JSON in and out, retries on 429/503 and network failures, failures as data. */
export interface JiraClient {
  /**
   * Sends a call and parses a JSON answer with `schema` (or expects no body when `schema` is null).
   * `operation` is the OpenAPI operationId, used in messages and logs.
   */
  send<T>(operation: string, call: JiraCall, schema: z.ZodType<T>): Promise<AppResult<T>>;
  send(operation: string, call: JiraCall, schema: null): Promise<AppResult<null>>;
  /** Calls made so far (including retries), for the efficiency benchmark and logs. */
  readonly callCount: number;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Creates a Jira client over `@forge/api`'s `requestJira`.
 *
 * @example
 * const jira = createJiraClient({ actor: 'user' });
 * const r = await jira.send('getFields', { method: 'GET', route: route`/rest/api/3/field` }, FieldListSchema);
 */
export function createJiraClient(options: JiraClientOptions = {}): JiraClient {
  const actor = options.actor ?? 'app';
  const request: RequestJira =
    options.requestJira ??
    ((r, init) => (actor === 'user' ? api.asUser() : api.asApp()).requestJira(r, init));
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const policy = options.retry ?? FORGE_RETRY_POLICY;
  let calls = 0;

  async function send<T>(
    operation: string,
    call: JiraCall,
    schema: z.ZodType<T> | null,
  ): Promise<AppResult<T | null>> {
    const init: RequestInit = {
      method: call.method,
      headers: {
        Accept: 'application/json',
        ...(call.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
    };
    let attempts = 0;
    // Why a retryable attempt failed: the status (429 or 503) or the network failure.
    type Transient = { status: number } | NetworkError;
    const outcome = await retrying<APIResponse, Transient>(
      async (): Promise<AttemptOutcome<APIResponse, Transient>> => {
        calls++;
        attempts++;
        let response: APIResponse;
        try {
          response = await request(call.route, init);
        } catch (error) {
          // Below HTTP (refused, DNS, reset, timeout): worth retrying; anything else is a bug.
          const network = classifyNetworkError(error);
          if (!network) throw error;
          return { ok: false, error: network, retryable: true };
        }
        if (!RETRYABLE_STATUSES.has(response.status)) return { ok: true, value: response };
        const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), now());
        await response.text();
        return { ok: false, error: { status: response.status }, retryable: true, retryAfterMs };
      },
      policy,
      { now, sleep, random },
    );
    if (!outcome.ok) {
      if ('status' in outcome.error && outcome.error.status === 429) {
        return fail({ kind: 'jira_rate_limited', operation, attempts });
      }
      return fail({
        kind: 'jira_unavailable',
        operation,
        attempts,
        ...('code' in outcome.error ? { network: outcome.error } : {}),
      });
    }
    const response = outcome.value;
    const text = await response.text();
    if (!response.ok) {
      return fail({ kind: 'jira_http', status: response.status, operation, messages: errorMessages(text) });
    }
    if (schema === null) return ok(null);
    return parseBody(operation, text, schema);
  }

  return {
    send: send as JiraClient['send'],
    get callCount() {
      return calls;
    },
  };
}

function parseBody<T>(operation: string, text: string, schema: z.ZodType<T>): AppResult<T> {
  let json: unknown;
  try {
    json = text === '' ? null : JSON.parse(text);
  } catch {
    return fail({ kind: 'jira_bad_response', operation, detail: 'body is not JSON' });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const detail = first ? `${first.path.join('.') || '(root)'}: ${first.message}` : 'schema mismatch';
    return fail({ kind: 'jira_bad_response', operation, detail });
  }
  return ok(parsed.data);
}

// Jira errors come as `{ errorMessages: [...], errors: { field: message } }`.
function errorMessages(text: string): string[] {
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body !== 'object' || body === null) return [];
    const out: string[] = [];
    const { errorMessages: list, errors } = body as { errorMessages?: unknown; errors?: unknown };
    if (Array.isArray(list)) out.push(...list.filter((m): m is string => typeof m === 'string'));
    if (typeof errors === 'object' && errors !== null) {
      for (const [field, message] of Object.entries(errors)) {
        if (typeof message === 'string') out.push(`${field}: ${message}`);
      }
    }
    return out;
  } catch {
    return [];
  }
}
