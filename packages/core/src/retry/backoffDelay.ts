/** Exponential backoff: the first step, the ceiling of any single wait. */
export interface BackoffOptions {
  /** The wait before the first retry, before jitter, in ms; doubles every attempt. */
  baseMs: number;
  /** No single wait is longer than this, in ms. */
  maxMs: number;
}

/**
 * Delay before retry number `attempt` (1-based): exponential from `baseMs`, capped at `maxMs`,
 * with "equal jitter" (half fixed, half random). The fixed half keeps the wait from collapsing
 * to zero; the random half spreads out clients that failed at the same instant.
 *
 * @example
 * backoffDelay(1, { baseMs: 1000, maxMs: 60_000 }, () => 0); // => 500
 * backoffDelay(3, { baseMs: 1000, maxMs: 60_000 }, () => 0.5); // => 3000
 * backoffDelay(30, { baseMs: 1000, maxMs: 60_000 }, () => 1); // => 60000
 */
export function backoffDelay(attempt: number, options: BackoffOptions, random: () => number): number {
  const exponent = Math.max(0, Math.floor(attempt) - 1);
  // 2 ** 1024 is Infinity; min() keeps the cap exact for any attempt count.
  const step = Math.min(options.maxMs, options.baseMs * 2 ** Math.min(exponent, 60));
  const r = Math.min(1, Math.max(0, random()));
  return Math.round(step / 2 + (step / 2) * r);
}
