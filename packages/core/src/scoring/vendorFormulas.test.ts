import { describe, expect, it } from 'vitest';
import { airfocusScore } from './airfocus/airfocusScore';
import { cannyFactor } from './canny/cannyFactor';
import { userImpactScore } from './userImpact/userImpactScore';

// SCORING.md §6.5 and §6.6 #2–#3.
describe('airfocus', () => {
  const y = [
    { value: 0.8, weight: 0.7 },
    { value: 0.33, weight: 0.3 },
  ];
  const x = [
    { value: 0.6, weight: 0.8 },
    { value: 0.2, weight: 0.2 },
  ];

  it('default (Y + (1 − X)) / 2 × 100 = 56.95', () => {
    const r = airfocusScore(y, x);
    expect(r.ok && r.value).toBeCloseTo(56.95, 10);
  });

  it('60/40 factor weights: (0.6·Y + 0.4·(1 − X)) × 100 = 58.74', () => {
    const r = airfocusScore(y, x, { value: 0.6, effort: 0.4 });
    expect(r.ok && r.value).toBeCloseTo(58.74, 10);
  });

  it('rejects weights that do not sum to 1', () => {
    const r = airfocusScore([{ value: 1, weight: 0.5 }], x);
    expect(r.ok ? '' : r.problems[0]?.field).toBe('value');
  });
});

describe('Canny factor normalisation', () => {
  it.each([
    [{ kind: 'scale10', value: 7 }, 49],
    [{ kind: 'stars', value: 4 }, 64],
    [{ kind: 'checkbox', value: true }, 100],
    [{ kind: 'votes', value: 30, max: 60 }, 50],
    // Pinned rule for the doc's "divided by 233": × 100 ÷ 233, so the top of the scale is 100.
    [{ kind: 'fibonacci', value: 233 }, 100],
  ] as const)('%j → %d', (factor, expected) => {
    const r = cannyFactor(factor);
    expect(r.ok && r.value).toBe(expected);
  });

  it('votes with no top post is a problem, not NaN', () => {
    expect(cannyFactor({ kind: 'votes', value: 0, max: 0 }).ok).toBe(false);
  });
});

describe('Productboard User Impact Score', () => {
  const base = [
    { userId: 'u1', importance: 'critical' as const, at: '2026-01-01T00:00:00Z' },
    { userId: 'u2', importance: 'important' as const },
    { userId: 'u3', importance: 'nice' as const },
    { userId: 'u4' },
  ];

  it('critical + important + nice + unspecified = 7', () => {
    expect(userImpactScore(base)).toBe(7);
  });

  it('the latest importance wins: u1 re-submits as nice → 5', () => {
    expect(userImpactScore([...base, { userId: 'u1', importance: 'nice', at: '2026-02-01T00:00:00Z' }])).toBe(
      5,
    );
  });

  it('an earlier re-submission does not override a later one', () => {
    expect(userImpactScore([{ userId: 'u1', importance: 'nice', at: '2025-12-01T00:00:00Z' }, ...base])).toBe(
      7,
    );
  });

  it('a user submitting twice counts once', () => {
    expect(userImpactScore([...base, { userId: 'u1', importance: 'critical' }])).toBe(7);
  });
});
