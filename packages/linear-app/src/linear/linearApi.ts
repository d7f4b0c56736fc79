import { LinearClient, LinearError, RatelimitedLinearError } from '@linear/sdk';
import type { LinearDocument } from './linearDocument';
import {
  type Clock,
  DEFAULT_RATE_LIMIT_POLICY,
  pauseBeforeNextRequest,
  type RateLimitPolicy,
  type RateLimitSnapshot,
  readRateLimitHeaders,
  type Sleep,
} from './rateLimitGate';

/** Why a Linear call failed, in terms a job or page can act on. */
export type LinearApiErrorCode =
  | 'ratelimited'
  | 'authentication'
  | 'forbidden'
  | 'invalid_input'
  | 'network'
  | 'invalid_response'
  | 'other';

/** An expected Linear failure, as data. */
export interface LinearApiError {
  code: LinearApiErrorCode;
  operation: string;
  message: string;
}

/** Outcome of one operation. */
export type LinearResult<T> = { ok: true; data: T } | { ok: false; error: LinearApiError };

/** Sends validated documents to Linear, pacing itself by the rate-limit headers. */
export interface LinearApi {
  request<TData, TVars extends Record<string, unknown>>(
    document: LinearDocument<TData, TVars>,
    variables: TVars,
  ): Promise<LinearResult<TData>>;
  /** The budget as last reported by Linear. */
  rateLimit(): RateLimitSnapshot;
}

/** What `createLinearApi` needs; everything but the token has a production default. */
export interface LinearApiOptions {
  /** An OAuth access token; or pass `apiKey` for a personal API key (API-key mode). */
  accessToken?: string;
  apiKey?: string;
  apiUrl?: string;
  clock?: Clock;
  sleep?: Sleep;
  policy?: RateLimitPolicy;
  /** Retries after a RATELIMITED or 5xx answer before giving up. */
  maxRetries?: number;
  /** Jitter source for the exponential backoff, in [0, 1); defaults to `Math.random`. */
  random?: () => number;
}

const realClock: Clock = { now: () => Date.now() };
const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Creates a Linear GraphQL client on top of the SDK's `rawRequest` (custom, nested queries; never
 * the SDK's lazy relations). Before each request it pauses when the request or complexity budget
 * is under the policy floor, and after a RATELIMITED answer it waits `Retry-After` and retries.
 *
 * @example
 * const api = createLinearApi({ accessToken: token });
 * const page = await api.request(IssuesPage, { first: 100, after: null, since: null });
 */
export function createLinearApi(options: LinearApiOptions): LinearApi {
  const clock = options.clock ?? realClock;
  const sleep = options.sleep ?? realSleep;
  const policy = options.policy ?? DEFAULT_RATE_LIMIT_POLICY;
  const maxRetries = options.maxRetries ?? 3;
  const random = options.random ?? Math.random;
  const client = new LinearClient({
    ...(options.apiKey ? { apiKey: options.apiKey } : { accessToken: options.accessToken ?? '' }),
    ...(options.apiUrl ? { apiUrl: options.apiUrl } : {}),
  });
  let budget: RateLimitSnapshot = {};

  async function request<TData, TVars extends Record<string, unknown>>(
    document: LinearDocument<TData, TVars>,
    variables: TVars,
  ): Promise<LinearResult<TData>> {
    for (let attempt = 0; ; attempt++) {
      const pause = pauseBeforeNextRequest(budget, clock.now(), policy);
      if (pause > 0) await sleep(pause);
      try {
        const response = await client.client.rawRequest(document.source, variables);
        if (response.headers) budget = { ...budget, ...readRateLimitHeaders(response.headers) };
        const parsed = document.schema.safeParse(response.data);
        if (!parsed.success) {
          return fail(document.name, 'invalid_response', parsed.error.issues[0]?.message ?? 'bad shape');
        }
        return { ok: true, data: parsed.data };
      } catch (error) {
        if (!(error instanceof LinearError)) throw error;
        const code = codeOf(error);
        if (error instanceof RatelimitedLinearError) budget = { ...budget, ...budgetOf(error) };
        const retryable = code === 'ratelimited' || code === 'network';
        if (!retryable || attempt >= maxRetries) return fail(document.name, code, error.message);
        await sleep(Math.min(retryDelay(error, clock.now(), attempt, random), policy.maxPauseMs));
      }
    }
  }

  return { request, rateLimit: () => ({ ...budget }) };
}

function fail(operation: string, code: LinearApiErrorCode, message: string): LinearResult<never> {
  return { ok: false, error: { code, operation, message } };
}

const CODES: Record<string, LinearApiErrorCode> = {
  Ratelimited: 'ratelimited',
  AuthenticationError: 'authentication',
  Forbidden: 'forbidden',
  InvalidInput: 'invalid_input',
  UserError: 'invalid_input',
  NetworkError: 'network',
  InternalError: 'network',
  LockTimeout: 'network',
};

function codeOf(error: LinearError): LinearApiErrorCode {
  const known = error.type && CODES[error.type];
  if (known) return known;
  // A 5xx whose GraphQL error carries no known type is still a server-side failure: retry it.
  return error.status !== undefined && error.status >= 500 ? 'network' : 'other';
}

function budgetOf(error: RatelimitedLinearError): RateLimitSnapshot {
  const ms = (v: number | undefined) => (v === undefined ? undefined : v < 1e12 ? v * 1000 : v);
  const snapshot: RateLimitSnapshot = {};
  if (error.requestsRemaining !== undefined) snapshot.requestsRemaining = error.requestsRemaining;
  const requestsResetAt = ms(error.requestsResetAt);
  if (requestsResetAt !== undefined) snapshot.requestsResetAt = requestsResetAt;
  if (error.complexityRemaining !== undefined) snapshot.complexityRemaining = error.complexityRemaining;
  const complexityResetAt = ms(error.complexityResetAt);
  if (complexityResetAt !== undefined) snapshot.complexityResetAt = complexityResetAt;
  return snapshot;
}

/**
 * Retry-After (seconds) wins; else the nearest reset; else exponential backoff from 1 s with equal
 * jitter (half fixed, half random), so clients that failed together do not retry together.
 */
function retryDelay(error: LinearError, now: number, attempt: number, random: () => number): number {
  if (error instanceof RatelimitedLinearError) {
    if (error.retryAfter !== undefined) return error.retryAfter * 1000;
    const reset = budgetOf(error);
    const at = Math.max(reset.requestsResetAt ?? 0, reset.complexityResetAt ?? 0);
    if (at > now) return at - now;
  }
  const step = 1000 * 2 ** attempt;
  return Math.round(step / 2 + (step / 2) * random());
}
