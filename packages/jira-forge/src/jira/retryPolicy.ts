import type { RetryPolicy } from '@trailmap/core';

/**
 * Forge's setting of core's one retry rule (`@trailmap/core` `retrying`): a resolver has 25 s in
 * all, so waits stop 20 s after the first failure and after 4 retries, each at most 8 s of
 * backoff. A Retry-After is honoured as a floor with up to 20 % jitter above it (Atlassian asks
 * for jitter so throttled invocations do not return in lock-step); one that would land past the
 * budget gives up at once instead of retrying early into another 429.
 *
 * @example
 * const policy: RetryPolicy = { ...FORGE_RETRY_POLICY, maxAttempts: 1 };
 */
export const FORGE_RETRY_POLICY: RetryPolicy = {
  baseMs: 500,
  maxMs: 8_000,
  horizonMs: 20_000,
  maxAttempts: 4,
  retryAfterJitter: 0.2,
};

/** Statuses Jira uses for "slow down" (429) and "try again" (503). Other errors are final. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 503]);
