import { describe, expect, it } from 'vitest';
import { type AttemptOutcome, retrying } from './retrying';

describe('retrying', () => {
  function fakeEnv() {
    let now = 0;
    const waits: number[] = [];
    return {
      waits,
      env: {
        now: () => now,
        sleep: async (ms: number) => {
          waits.push(ms);
          now += ms;
        },
        random: () => 0.5,
      },
    };
  }

  it('retries a retryable failure until it succeeds, honouring Retry-After', async () => {
    const { env, waits } = fakeEnv();
    const answers: AttemptOutcome<string, string>[] = [
      { ok: false, error: '429', retryable: true, retryAfterMs: 7000 },
      { ok: false, error: 'refused', retryable: true },
      { ok: true, value: 'data' },
    ];
    const result = await retrying(
      async (n) => answers[n - 1] as AttemptOutcome<string, string>,
      {
        baseMs: 1000,
        maxMs: 60_000,
        horizonMs: 60_000,
      },
      env,
    );
    expect(result).toEqual({ ok: true, value: 'data' });
    expect(waits).toEqual([7000, 1500]);
  });

  it('returns a final failure at once and a retryable one at the horizon', async () => {
    const a = fakeEnv();
    let calls = 0;
    const final = await retrying(
      async () => {
        calls++;
        return { ok: false, error: 'forbidden', retryable: false };
      },
      { baseMs: 1000, maxMs: 1000, horizonMs: 60_000 },
      a.env,
    );
    expect([final.ok, calls]).toEqual([false, 1]);

    const b = fakeEnv();
    const outage = await retrying(
      async () => ({ ok: false, error: 'refused', retryable: true }),
      {
        baseMs: 1000,
        maxMs: 10_000,
        horizonMs: 60_000,
      },
      b.env,
    );
    expect(outage).toMatchObject({ ok: false, error: 'refused' });
    expect(b.waits.reduce((s, w) => s + w, 0)).toBeLessThanOrEqual(60_000);
    expect(b.waits.reduce((s, w) => s + w, 0)).toBeGreaterThan(50_000);
  });
});
