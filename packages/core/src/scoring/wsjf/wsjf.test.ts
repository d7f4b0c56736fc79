import { describe, expect, it } from 'vitest';
import { rankScores } from '../rankScores';
import { scoreItem } from '../scoreItem';
import { scoreItems } from '../scoreItems';
import { itemWith } from '../workItem.fixture';

const wsjf = (
  business_value: number,
  time_criticality: number,
  risk_reduction: number,
  job_size: number,
  key?: string,
) => itemWith({ business_value, time_criticality, risk_reduction, job_size }, key ? { key } : {});

// SCORING.md §6.3. None of these sources keeps to SAFe's 1–20 Fibonacci scale, so they score under wsjf-open.
const vectors: [source: string, ubv: number, tc: number, rr: number, size: number, score: number][] = [
  ['extrapinchofsalt ad bug', 7, 9, 5, 2, 10.5],
  ['extrapinchofsalt podcast feed (printed as 1.9)', 8, 3, 4, 8, 1.875],
  ['beginpm Task A', 100, 50, 20, 10, 17],
  ['beginpm Task B', 80, 30, 10, 5, 24],
];

describe('WSJF published vectors', () => {
  it.each(vectors)('%s → %d', (_s, ubv, tc, rr, size, expected) => {
    const r = scoreItem(wsjf(ubv, tc, rr, size), 'wsjf-open');
    expect(r.ok && r.score).toBe(expected);
  });

  it('beginpm: B outranks A despite a lower cost of delay', () => {
    const ranked = rankScores(
      scoreItems([wsjf(100, 50, 20, 10, 'A'), wsjf(80, 30, 10, 5, 'B')], 'wsjf-open'),
    ).ranked;
    expect(ranked.map((s) => s.key)).toEqual(['B', 'A']);
  });

  it('jchyip: cost of delay 1 + 3 + 5 = 9 (job size 1)', () => {
    const r = scoreItem(wsjf(1, 3, 5, 1), 'wsjf');
    expect(r.ok && r.score).toBe(9);
  });

  it('Black Swan Farming: zero business value scores 21 under wsjf-open but warns', () => {
    const r = scoreItem(wsjf(0, 21, 0, 1), 'wsjf-open');
    expect(r.ok && [r.score, r.warnings]).toEqual([21, [expect.stringContaining('business value is 0')]]);
  });

  it('Black Swan Farming: 0 and 21 are off the SAFe scale, so canonical wsjf rejects both fields', () => {
    const r = scoreItem(wsjf(0, 21, 0, 1), 'wsjf');
    expect(r.ok ? [] : r.problems.map((p) => p.field)).toEqual([
      'business_value',
      'time_criticality',
      'risk_reduction',
    ]);
  });
});

describe('WSJF canonical scale', () => {
  it.each([1, 2, 3, 5, 8, 13, 20])('accepts %d', (v) => {
    expect(scoreItem(wsjf(v, v, v, v), 'wsjf').ok).toBe(true);
  });

  it.each([4, 40, 100, 0, 21])('rejects %d, naming the scale', (v) => {
    const r = scoreItem(wsjf(v, 1, 1, 1), 'wsjf');
    expect(r.ok ? '' : r.problems[0]?.message).toContain('1, 2, 3, 5, 8, 13, 20');
  });

  it('explains with the cost-of-delay sum over job size', () => {
    const r = scoreItem(wsjf(8, 3, 5, 8), 'wsjf');
    expect(r.ok && r.explanation.summary).toBe(
      'WSJF (SAFe) 2 = (business value 8 + time criticality 3 + risk reduction 5) ÷ job size 8',
    );
  });

  it('ranges over job_size_min / job_size_max', () => {
    const r = scoreItem(
      itemWith({
        business_value: 8,
        time_criticality: 3,
        risk_reduction: 5,
        job_size: 8,
        job_size_min: 5,
        job_size_max: 13,
      }),
      'wsjf',
    );
    expect(r.ok && r.range).toEqual({ low: 16 / 13, high: 16 / 5 });
  });
});

// The SAFe critique's rank-reversal vectors (all durations 1). Absolute scoring keeps a's and b's
// scores, and so their order, whatever else is in the set; only SAFe's column re-scaling reverses them.
describe('WSJF rank-reversal vectors: absolute scores are stable', () => {
  const a = wsjf(2, 13, 1, 1, 'a');
  const b = wsjf(20, 1, 1, 1, 'b');
  const c = wsjf(1, 13, 13, 1, 'c');
  const scoresOf = (items: ReturnType<typeof wsjf>[]) =>
    Object.fromEntries(
      scoreItems(items, 'wsjf-open').map((s) => [s.key, s.result.ok ? s.result.score : null]),
    );

  it('Example 1: a = 16, b = 22, c = 27, order c > b > a', () => {
    expect(rankScores(scoreItems([a, b, c], 'wsjf-open')).ranked.map((s) => [s.key, s.result.score])).toEqual(
      [
        ['c', 27],
        ['b', 22],
        ['a', 16],
      ],
    );
  });

  it('Example 1: removing c leaves a and b untouched (b > a, no reversal)', () => {
    expect(scoresOf([a, b])).toEqual({ a: 16, b: 22 });
  });

  it('Example 2: adding a low-value item leaves a and b untouched', () => {
    const low = wsjf(0.5, 2, 3, 1, 'low');
    expect(scoresOf([a, b, low])).toMatchObject({ a: 16, b: 22 });
  });
});
