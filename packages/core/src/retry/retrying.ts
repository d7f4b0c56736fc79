import { nextRetry } from './nextRetry';
import type { RetryPolicy } from './retryPolicy';

/** The platform capabilities a retry loop needs; core takes them as parameters. */
export interface RetryEnvironment {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

/** What one attempt produced: a final value, or a failure that may be retried. */
export type AttemptOutcome<T, E> =
  | { ok: true; value: T }
  | { ok: false; error: E; retryable: boolean; retryAfterMs?: number | undefined };

/**
 * Runs `attempt` until it succeeds, fails for good, or the policy's horizon or attempt cap is
 * reached; waits between attempts with jittered backoff (or the server's Retry-After when
 * longer). Returns the last outcome, so expected failures stay typed data. Clock, sleep and
 * randomness are injected: the loop is pure and a test drives it with a fake clock.
 *
 * @example
 * const result = await retrying(
 *   async () => ({ ok: false, error: 'busy', retryable: true }),
 *   { baseMs: 10, maxMs: 100, horizonMs: 1000, maxAttempts: 2 },
 *   { now: () => 0, sleep: async () => {}, random: () => 0 },
 * ); // => { ok: false, error: 'busy', retryable: true }, after three attempts
 */
export async function retrying<T, E>(
  attempt: (attemptNumber: number) => Promise<AttemptOutcome<T, E>>,
  policy: RetryPolicy,
  env: RetryEnvironment,
): Promise<AttemptOutcome<T, E>> {
  let firstFailureAt: number | undefined;
  for (let n = 1; ; n++) {
    const outcome = await attempt(n);
    if (outcome.ok || !outcome.retryable) return outcome;
    const now = env.now();
    firstFailureAt ??= now;
    const decision = nextRetry(
      { attempt: n, firstFailureAt, now, retryAfterMs: outcome.retryAfterMs },
      policy,
      env.random,
    );
    if (!decision.retry) return outcome;
    await env.sleep(decision.delayMs);
  }
}
