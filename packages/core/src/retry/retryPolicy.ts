import type { BackoffOptions } from './backoffDelay';

/**
 * How long something keeps retrying. Retries stop when the next attempt would start after
 * `horizonMs` since the first failure, or after `maxAttempts` retries when that is set: a
 * horizon outlasts an outage, a count does not.
 */
export interface RetryPolicy extends BackoffOptions {
  /** Give up once the next attempt would start this long after the first failure, in ms. */
  horizonMs: number;
  /** Optional cap on retries (not counting the first attempt). */
  maxAttempts?: number;
  /**
   * Up to this fraction of a server-given wait (Retry-After) is added at random, so clients
   * throttled at the same instant do not come back in lock-step; default 0 (the wait as given).
   */
  retryAfterJitter?: number;
}

/** One hour of retries, 2 s to 5 min apart: long enough to ride out a real outage. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseMs: 2_000, maxMs: 5 * 60_000, horizonMs: 60 * 60_000 };
