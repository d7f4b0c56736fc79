import { describe, expect, it } from 'vitest';
import { nextRetry } from './nextRetry';
import { DEFAULT_RETRY_POLICY } from './retryPolicy';

describe('nextRetry', () => {
  const policy = { baseMs: 1000, maxMs: 60_000, horizonMs: 3_600_000 };

  it('backs off exponentially with jitter', () => {
    expect(nextRetry({ attempt: 1, firstFailureAt: 0, now: 0 }, policy, () => 0)).toEqual({
      retry: true,
      delayMs: 500,
    });
    expect(nextRetry({ attempt: 4, firstFailureAt: 0, now: 0 }, policy, () => 1)).toEqual({
      retry: true,
      delayMs: 8000,
    });
  });

  it("honours the server's Retry-After as a floor", () => {
    expect(
      nextRetry({ attempt: 1, firstFailureAt: 0, now: 0, retryAfterMs: 30_000 }, policy, () => 0),
    ).toEqual({
      retry: true,
      delayMs: 30_000,
    });
  });

  it('spreads a server-given wait upwards by at most retryAfterJitter, never below it', () => {
    const spread = { ...policy, retryAfterJitter: 0.2 };
    const delays = [0, 0.5, 1].map((r) =>
      nextRetry({ attempt: 1, firstFailureAt: 0, now: 0, retryAfterMs: 3000 }, spread, () => r),
    );
    expect(delays).toEqual([
      { retry: true, delayMs: 3000 },
      { retry: true, delayMs: 3300 },
      { retry: true, delayMs: 3600 },
    ]);
  });

  it('gives up only past the horizon or the attempt cap', () => {
    expect(nextRetry({ attempt: 50, firstFailureAt: 0, now: 3_500_000 }, policy, () => 1)).toEqual({
      retry: true,
      delayMs: 60_000,
    });
    expect(nextRetry({ attempt: 51, firstFailureAt: 0, now: 3_560_000 }, policy, () => 1)).toEqual({
      retry: false,
      reason: 'horizon',
    });
    expect(
      nextRetry({ attempt: 3, firstFailureAt: 0, now: 0 }, { ...policy, maxAttempts: 2 }, () => 0),
    ).toEqual({
      retry: false,
      reason: 'attempts',
    });
  });

  it('by default keeps a job alive through a one-hour outage', () => {
    let now = 0;
    let attempt = 1;
    for (;;) {
      const decision = nextRetry({ attempt, firstFailureAt: 0, now }, DEFAULT_RETRY_POLICY, () => 1);
      if (!decision.retry) break;
      now += decision.delayMs;
      attempt++;
    }
    expect(now).toBeGreaterThan(55 * 60_000);
    expect(now).toBeLessThanOrEqual(60 * 60_000);
  });
});
