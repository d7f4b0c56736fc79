import { LinearClient, LinearError, RatelimitedLinearError } from '@linear/sdk';
import {
  type AttemptOutcome,
  classifyNetworkError,
  describeNetworkError,
  type NetworkCause,
  type Outcome,
  parseRetryAfter,
  type RetryPolicy,
  retrying,
} from '@trailmap/core';
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
  /** One line, naming the low-level cause for network failures (e.g. `ECONNREFUSED`). */
  message: string;
  /** For `network`: refused, dns, reset, tls, timeout… */
  cause?: NetworkCause;
  /** For `ratelimited`: how long Linear asked us to wait, in ms, when it said so. */
  retryAfterMs?: number;
}

/** Outcome of one operation. */
export type LinearResult<T> = Outcome<T, LinearApiError>;

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
  /** Each request (connect, TLS, answer and body) is abandoned after this long; default 30 s. */
  timeoutMs?: number;
  /** Aborts requests and waits in progress (the server is shutting down); they fail as `network`. */
  signal?: AbortSignal;
}

/** Default for `timeoutMs`: Linear answers in well under a second; 30 s means it is not answering. */
export const LINEAR_REQUEST_TIMEOUT_MS = 30_000;

const realClock: Clock = { now: () => Date.now() };
/** Waits `ms`, or less if `signal` aborts first (a shutdown must not wait out a backoff). */
function abortableSleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

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
  const stop = options.signal;
  const sleep = options.sleep ?? ((ms: number) => abortableSleep(ms, stop));
  const policy = options.policy ?? DEFAULT_RATE_LIMIT_POLICY;
  const maxRetries = options.maxRetries ?? 3;
  const random = options.random ?? Math.random;
  const timeoutMs = options.timeoutMs ?? LINEAR_REQUEST_TIMEOUT_MS;
  const client = new LinearClient({
    ...(options.apiKey ? { apiKey: options.apiKey } : { accessToken: options.accessToken ?? '' }),
    ...(options.apiUrl ? { apiUrl: options.apiUrl } : {}),
  });
  let budget: RateLimitSnapshot = {};

  async function request<TData, TVars extends Record<string, unknown>>(
    document: LinearDocument<TData, TVars>,
    variables: TVars,
  ): Promise<LinearResult<TData>> {
    // One loop for every client: core's `retrying` decides whether and when (jittered backoff,
    // the server's wait as a floor, the attempt budget); this function only says what one attempt
    // produced. Every wait is capped at the rate-limit policy's longest pause.
    const retry: RetryPolicy = { ...BACKOFF, horizonMs: Number.POSITIVE_INFINITY, maxAttempts: maxRetries };
    const outcome = await retrying<TData, LinearApiError>(() => attemptOnce(document, variables), retry, {
      now: () => clock.now(),
      sleep: (ms) => sleep(Math.min(ms, policy.maxPauseMs)),
      random,
    });
    return outcome.ok ? outcome : { ok: false, error: outcome.error };
  }

  async function attemptOnce<TData, TVars extends Record<string, unknown>>(
    document: LinearDocument<TData, TVars>,
    variables: TVars,
  ): Promise<AttemptOutcome<TData, LinearApiError>> {
    const final = (error: LinearApiError) => ({ ok: false, error, retryable: false }) as const;
    if (stop?.aborted)
      return final({
        code: 'network',
        operation: document.name,
        message: 'not sent: the server is shutting down',
      });
    const pause = pauseBeforeNextRequest(budget, clock.now(), policy);
    if (pause > 0) await sleep(pause);
    try {
      // The SDK spreads its options into fetch() synchronously at the call, so a fresh signal
      // set just before each request bounds that request alone (a signal fires only once).
      (client.client as unknown as { options: RequestInit }).options.signal = AbortSignal.timeout(timeoutMs);
      const response = await client.client.rawRequest(document.source, variables);
      if (response.headers) budget = { ...budget, ...readRateLimitHeaders(response.headers) };
      const parsed = document.schema.safeParse(response.data);
      if (!parsed.success) {
        return final({
          code: 'invalid_response',
          operation: document.name,
          message: parsed.error.issues[0]?.message ?? 'bad shape',
        });
      }
      return { ok: true, value: parsed.data };
    } catch (error) {
      const network = networkFailure(error);
      if (network)
        return {
          ok: false,
          error: { code: 'network', operation: document.name, ...network },
          retryable: true,
        };
      if (!(error instanceof LinearError)) throw error;
      const code = codeOf(error);
      if (error instanceof RatelimitedLinearError) budget = { ...budget, ...budgetOf(error) };
      const failure: LinearApiError = { code, operation: document.name, message: oneLine(error.message) };
      const serverWait = serverDelay(error, clock.now());
      // A rate limit without a server wait still tells the job queue to hold off a little.
      if (code === 'ratelimited') failure.retryAfterMs = serverWait ?? BACKOFF.baseMs;
      return {
        ok: false,
        error: failure,
        retryable: code === 'ratelimited' || code === 'network',
        retryAfterMs: serverWait,
      };
    }
  }

  return { request, rateLimit: () => ({ ...budget }) };
}

/** In-call retries: short (1 s doubling to 8 s), the job queue does the long backoff. */
const BACKOFF = { baseMs: 1000, maxMs: 8000 };

/**
 * A failure below HTTP, however it arrives: the SDK rethrows fetch's `TypeError: fetch failed`
 * as is, or wraps it in a `LinearError` of type NetworkError whose `raw` keeps the original.
 */
function networkFailure(error: unknown): { message: string; cause: NetworkCause } | undefined {
  const found =
    classifyNetworkError(error) ??
    (error instanceof LinearError ? classifyNetworkError((error as { raw?: unknown }).raw) : undefined);
  return found ? { message: describeNetworkError(found), cause: found.cause } : undefined;
}

function oneLine(text: string): string {
  return text.split('\n')[0]?.trim() ?? '';
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
  // A plain HTTP 429 (a proxy, or an answer without Linear's error type) is a rate limit too.
  if (error.status === 429) return 'ratelimited';
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
 * The wait Linear asked for: Retry-After (seconds) on a RATELIMITED error, else the nearest
 * budget reset, else a `Retry-After` header on the raw answer. `undefined` when it said nothing
 * (core's jittered backoff then decides).
 */
function serverDelay(error: LinearError, now: number): number | undefined {
  if (error instanceof RatelimitedLinearError) {
    if (error.retryAfter !== undefined) return error.retryAfter * 1000;
    const reset = budgetOf(error);
    const at = Math.max(reset.requestsResetAt ?? 0, reset.complexityResetAt ?? 0);
    if (at > now) return at - now;
  }
  const headers = (error.raw as { response?: { headers?: Headers } } | undefined)?.response?.headers;
  return parseRetryAfter(headers?.get?.('retry-after'), now);
}
