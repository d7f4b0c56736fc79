/** How long to wait before retrying a throttled or unavailable Jira call. */
export interface RetryPolicy {
  /** Retries after the first attempt; the call is tried at most `maxRetries + 1` times. */
  maxRetries: number;
  /** First back-off step in ms; doubles each attempt. */
  baseDelayMs: number;
  /** No single wait exceeds this, whatever Retry-After says (Forge resolvers have 25 s in all). */
  maxDelayMs: number;
}

/** Defaults sized for a 25 s resolver budget: 4 retries, at most ~8 s each. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 4, baseDelayMs: 500, maxDelayMs: 8_000 };

/** Statuses Jira uses for "slow down" (429) and "try again" (503). Other errors are final. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 503]);

/**
 * Milliseconds to wait before retry number `attempt` (0-based). A `Retry-After` header wins as a
 * floor (seconds or an HTTP date); otherwise exponential back-off. Jitter is added either way so
 * many invocations throttled at the same instant do not return in lock-step.
 *
 * @example
 * retryDelayMs({ attempt: 0, retryAfter: '2', now: 0, random: () => 0 }, DEFAULT_RETRY_POLICY); // => 2000
 * retryDelayMs({ attempt: 1, retryAfter: null, now: 0, random: () => 0.5 }, DEFAULT_RETRY_POLICY); // => 750
 */
export function retryDelayMs(
  input: { attempt: number; retryAfter: string | null; now: number; random: () => number },
  policy: RetryPolicy,
): number {
  const exponential = policy.baseDelayMs * 2 ** input.attempt;
  const floor = parseRetryAfter(input.retryAfter, input.now);
  if (floor !== undefined) {
    // Honour the server's floor, plus up to 20 % jitter above it.
    return Math.min(policy.maxDelayMs, Math.round(floor + floor * 0.2 * input.random()));
  }
  // "Equal jitter": half fixed, half random, so the wait never collapses to zero.
  return Math.min(policy.maxDelayMs, Math.round(exponential / 2 + (exponential / 2) * input.random()));
}

function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
