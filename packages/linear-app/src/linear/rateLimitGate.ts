/** Milliseconds since the epoch; injected so tests control time. */
export interface Clock {
  now(): number;
}

/** Waits `ms` milliseconds; injected so tests do not really sleep. */
export type Sleep = (ms: number) => Promise<void>;

/** The budget Linear reports in its `X-RateLimit-*` response headers. */
export interface RateLimitSnapshot {
  requestsRemaining?: number;
  /** Epoch milliseconds at which the request budget refills. */
  requestsResetAt?: number;
  complexityRemaining?: number;
  /** Epoch milliseconds at which the complexity budget refills. */
  complexityResetAt?: number;
  /** Complexity points the last query cost (`X-Complexity`). */
  lastComplexity?: number;
}

/** When to stop spending: pause once a budget drops under these floors. */
export interface RateLimitPolicy {
  /** Keep at least this many requests in reserve (webhook handlers need some). */
  minRequests: number;
  /** Keep at least this much complexity in reserve, or twice the last query's cost if larger. */
  minComplexity: number;
  /** Never pause longer than this in one go (a clock skew must not park a job for a day). */
  maxPauseMs: number;
}

/** Defaults: a reserve of 2% of a 5,000 req/h budget and of a 250,000 points/h budget. */
export const DEFAULT_RATE_LIMIT_POLICY: RateLimitPolicy = {
  minRequests: 100,
  minComplexity: 5_000,
  maxPauseMs: 60 * 60 * 1000,
};

/**
 * Reads Linear's rate-limit headers. Reset values are epoch milliseconds; a value that looks like
 * seconds is scaled, because proxies and older docs disagree on the unit.
 *
 * @example
 * readRateLimitHeaders(new Headers({ 'x-ratelimit-requests-remaining': '12' })).requestsRemaining; // => 12
 */
export function readRateLimitHeaders(headers: Headers): RateLimitSnapshot {
  const num = (name: string): number | undefined => {
    const raw = headers.get(name);
    if (raw === null || raw.trim() === '') return undefined;
    const value = Number(raw);
    return Number.isFinite(value) ? value : undefined;
  };
  const epochMs = (value: number | undefined) =>
    value === undefined ? undefined : value < 1e12 ? value * 1000 : value;
  const snapshot: RateLimitSnapshot = {};
  const requestsRemaining = num('x-ratelimit-requests-remaining');
  const requestsResetAt = epochMs(num('x-ratelimit-requests-reset'));
  const complexityRemaining = num('x-ratelimit-complexity-remaining');
  const complexityResetAt = epochMs(num('x-ratelimit-complexity-reset'));
  const lastComplexity = num('x-complexity');
  if (requestsRemaining !== undefined) snapshot.requestsRemaining = requestsRemaining;
  if (requestsResetAt !== undefined) snapshot.requestsResetAt = requestsResetAt;
  if (complexityRemaining !== undefined) snapshot.complexityRemaining = complexityRemaining;
  if (complexityResetAt !== undefined) snapshot.complexityResetAt = complexityResetAt;
  if (lastComplexity !== undefined) snapshot.lastComplexity = lastComplexity;
  return snapshot;
}

/**
 * How long to wait before the next request so that the budget never runs dry: zero while both
 * budgets are above their floors, else until the exhausted budget resets (capped).
 *
 * @example
 * pauseBeforeNextRequest({ requestsRemaining: 3, requestsResetAt: 61_000 }, 1_000, DEFAULT_RATE_LIMIT_POLICY); // => 60000
 */
export function pauseBeforeNextRequest(
  snapshot: RateLimitSnapshot,
  now: number,
  policy: RateLimitPolicy,
): number {
  let waitUntil = now;
  if (
    snapshot.requestsRemaining !== undefined &&
    snapshot.requestsRemaining < policy.minRequests &&
    snapshot.requestsResetAt !== undefined
  ) {
    waitUntil = Math.max(waitUntil, snapshot.requestsResetAt);
  }
  const complexityFloor = Math.max(policy.minComplexity, 2 * (snapshot.lastComplexity ?? 0));
  if (
    snapshot.complexityRemaining !== undefined &&
    snapshot.complexityRemaining < complexityFloor &&
    snapshot.complexityResetAt !== undefined
  ) {
    waitUntil = Math.max(waitUntil, snapshot.complexityResetAt);
  }
  return Math.min(Math.max(0, waitUntil - now), policy.maxPauseMs);
}
