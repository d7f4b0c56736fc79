import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { TeamsPage } from '../../src/linear/documents/workspacePages';
import { createLinearApi } from '../../src/linear/linearApi';
import { pauseBeforeNextRequest, readRateLimitHeaders } from '../../src/linear/rateLimitGate';
import { fakeTime, rateLimitHeaders } from '../support/linearFixtures';
import { schemaMissing } from '../support/linearSchema';
import { startLinearMock } from '../support/useLinearMock';

const policy = { minRequests: 10, minComplexity: 1_000, maxPauseMs: 3_600_000 };

describe('rate-limit gate', () => {
  it('reads reset headers in epoch ms, and scales epoch seconds', () => {
    const ms = readRateLimitHeaders(new Headers({ 'x-ratelimit-requests-reset': '1767225600000' }));
    const s = readRateLimitHeaders(new Headers({ 'x-ratelimit-requests-reset': '1767225600' }));
    expect(ms.requestsResetAt).toBe(1767225600000);
    expect(s.requestsResetAt).toBe(1767225600000);
  });

  it('pauses until the complexity reset when the budget is under twice the last query cost', () => {
    const pause = pauseBeforeNextRequest(
      { complexityRemaining: 1_500, complexityResetAt: 50_000, lastComplexity: 900 },
      20_000,
      policy,
    );
    expect(pause).toBe(30_000);
  });

  it('does not pause while both budgets are above the floor', () => {
    expect(pauseBeforeNextRequest({ requestsRemaining: 11, requestsResetAt: 99_000 }, 0, policy)).toBe(0);
  });
});

describe.skipIf(schemaMissing)('Linear client pacing against the schema mock', () => {
  it('pauses before the limit: once remaining drops under the floor it waits until the reset', async () => {
    const time = fakeTime();
    const reset = time.clock.now() + 42_000;
    const remaining = [12, 11, 9, 5000];
    const linear = startLinearMock({
      headers: (_op, i) =>
        rateLimitHeaders({ requestsRemaining: remaining[i] ?? 5000, requestsResetAt: reset }),
    });
    const api = createLinearApi({ accessToken: 't', clock: time.clock, sleep: time.sleep, policy });
    for (let i = 0; i < 4; i++)
      expect((await api.request(TeamsPage, { first: 10, after: null })).ok).toBe(true);
    // Requests 1–3 go straight out; the 4th waits because request 3 reported 9 < 10 remaining.
    expect(time.sleeps).toEqual([42_000]);
    expect(linear.operations).toHaveLength(4);
  });

  it('on RATELIMITED waits Retry-After, then retries and succeeds', async () => {
    const time = fakeTime();
    const linear = startLinearMock({
      intercept: (_op, i) =>
        i === 0
          ? HttpResponse.json(
              {
                errors: [
                  {
                    message: 'Rate limit exceeded',
                    extensions: { type: 'ratelimited', code: 'RATELIMITED' },
                  },
                ],
              },
              { status: 400, headers: { 'retry-after': '17', 'x-ratelimit-requests-remaining': '0' } },
            )
          : undefined,
    });
    const api = createLinearApi({ accessToken: 't', clock: time.clock, sleep: time.sleep, policy });
    const result = await api.request(TeamsPage, { first: 10, after: null });
    expect(result.ok).toBe(true);
    expect(time.sleeps[0]).toBe(17_000);
    expect(linear.operations).toHaveLength(2);
  });

  it('gives up after maxRetries with a typed ratelimited error', async () => {
    const time = fakeTime();
    startLinearMock({
      intercept: () =>
        HttpResponse.json(
          { errors: [{ message: 'Rate limit exceeded', extensions: { type: 'ratelimited' } }] },
          { status: 400, headers: { 'retry-after': '1' } },
        ),
    });
    const api = createLinearApi({
      accessToken: 't',
      clock: time.clock,
      sleep: time.sleep,
      policy,
      maxRetries: 2,
      // Retry-After is a floor under core's jittered backoff; with no jitter the backoff (0.5 s,
      // then 1 s) never exceeds it, so every wait is exactly what Linear asked for.
      random: () => 0,
    });
    const result = await api.request(TeamsPage, { first: 10, after: null });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'ratelimited', operation: 'TeamsPage', retryAfterMs: 1000 },
    });
    expect(time.sleeps).toEqual([1000, 1000]);
  });

  /** The waits before a request succeeds after two 500s whose GraphQL error has no known type. */
  const waitsAfterTwoServerErrors = async (random: () => number) => {
    const time = fakeTime();
    startLinearMock({
      intercept: (_op, i) =>
        i < 2
          ? HttpResponse.json({ errors: [{ message: 'Internal server error' }] }, { status: 500 })
          : undefined,
    });
    const api = createLinearApi({ accessToken: 't', clock: time.clock, sleep: time.sleep, policy, random });
    expect((await api.request(TeamsPage, { first: 10, after: null })).ok).toBe(true);
    return time.sleeps;
  };

  it('retries a 500 whose GraphQL error has no known type, backing off with jitter so a burst of clients spreads out', async () => {
    // Equal jitter: half the exponential step fixed, half random.
    expect(await waitsAfterTwoServerErrors(() => 0)).toEqual([500, 1000]);
  });

  it('draws the other half of each backoff step at random', async () => {
    expect(await waitsAfterTwoServerErrors(() => 0.999_999)).toEqual([1000, 2000]);
  });

  it('caps each wait at the policy maximum, so a job never parks for an hour on Retry-After', async () => {
    const time = fakeTime();
    startLinearMock({
      intercept: (_op, i) =>
        i < 2
          ? HttpResponse.json(
              { errors: [{ message: 'Rate limit exceeded', extensions: { type: 'ratelimited' } }] },
              { status: 400, headers: { 'retry-after': '3600' } },
            )
          : undefined,
    });
    const api = createLinearApi({
      accessToken: 't',
      clock: time.clock,
      sleep: time.sleep,
      policy: { ...policy, maxPauseMs: 20_000 },
    });
    expect((await api.request(TeamsPage, { first: 10, after: null })).ok).toBe(true);
    expect(time.sleeps).toEqual([20_000, 20_000]);
  });

  it('reports an authentication failure as data, without retrying', async () => {
    const time = fakeTime();
    const linear = startLinearMock({
      intercept: () =>
        HttpResponse.json(
          { errors: [{ message: 'Authentication required', extensions: { type: 'authentication error' } }] },
          { status: 401 },
        ),
    });
    const api = createLinearApi({ accessToken: 'bad', clock: time.clock, sleep: time.sleep, policy });
    const result = await api.request(TeamsPage, { first: 10, after: null });
    expect(result).toMatchObject({ ok: false, error: { code: 'authentication' } });
    expect(linear.operations).toHaveLength(1);
  });
});
