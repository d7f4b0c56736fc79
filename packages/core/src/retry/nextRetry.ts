import { backoffDelay } from './backoffDelay';
import type { RetryPolicy } from './retryPolicy';

/** Where a failed attempt stands. */
export interface RetryState {
  /** Retries so far plus this failure: 1 after the first failure. */
  attempt: number;
  /** When the first failure happened, in ms (the horizon counts from here). */
  firstFailureAt: number;
  now: number;
  /** A server-given wait (Retry-After, a rate-limit reset), honoured as a floor. */
  retryAfterMs?: number | undefined;
}

/** Whether and when to try again. */
export type RetryDecision =
  | { retry: true; delayMs: number }
  | { retry: false; reason: 'horizon' | 'attempts' };

/**
 * Decides whether to retry after a failure, and after how long. The wait is the jittered
 * exponential backoff, or the server's `retryAfterMs` when that is longer (the server's word
 * is a floor, not a suggestion; `retryAfterJitter` spreads it upwards). Gives up only when the next attempt would land past the
 * policy's horizon or its attempt cap.
 *
 * @example
 * const policy = { baseMs: 1000, maxMs: 60_000, horizonMs: 3_600_000 };
 * nextRetry({ attempt: 1, firstFailureAt: 0, now: 0 }, policy, () => 0); // => { retry: true, delayMs: 500 }
 * nextRetry({ attempt: 9, firstFailureAt: 0, now: 3_590_000 }, policy, () => 1); // => { retry: false, reason: 'horizon' }
 */
export function nextRetry(state: RetryState, policy: RetryPolicy, random: () => number): RetryDecision {
  if (policy.maxAttempts !== undefined && state.attempt > policy.maxAttempts) {
    return { retry: false, reason: 'attempts' };
  }
  // One draw serves both jitters, so a caller's random sequence advances once per decision.
  const r = random();
  const backoff = backoffDelay(state.attempt, policy, () => r);
  const server = state.retryAfterMs ?? 0;
  const delayMs = Math.max(backoff, Math.round(server + server * (policy.retryAfterJitter ?? 0) * r));
  if (state.now + delayMs - state.firstFailureAt > policy.horizonMs)
    return { retry: false, reason: 'horizon' };
  return { retry: true, delayMs };
}
