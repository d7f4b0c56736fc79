import { describe, expect, it } from 'vitest';
import { scoreItem } from '../scoreItem';
import { itemWith } from '../workItem.fixture';
import { type ScorecardInput, ScorecardSchema } from './scorecard';

const growth: ScorecardInput = {
  name: 'growth',
  label: 'Growth scorecard',
  version: '2',
  criteria: [
    { field: 'revenue', scale: { type: 'range', min: 1, max: 5 }, weight: 3 },
    { field: 'strategic', scale: { type: 'boolean' }, weight: 1 },
    { field: 'effort', scale: { type: 'tshirt' }, weight: -2 },
  ],
};
const card = ScorecardSchema.parse(growth);

describe('custom scorecards', () => {
  it('scores 100 × Σ weight·normalised ÷ Σ positive weights', () => {
    // revenue 5 → 1 × 3, strategic yes → 1 × 1, effort M → 0.4 × −2: 100 × (3 + 1 − 0.8) ÷ 4 = 80
    const r = scoreItem(itemWith({ revenue: 5, strategic: 'yes', effort: 'M' }), card);
    expect(r.ok && r.score).toBeCloseTo(80, 12);
  });

  it('carries the scorecard name and version', () => {
    const r = scoreItem(itemWith({ revenue: 5, strategic: true, effort: 'xs' }), card);
    expect(r.ok && [r.explanation.frameworkId, r.explanation.name, r.explanation.version]).toEqual([
      'growth',
      'Growth scorecard',
      '2',
    ]);
  });

  it('a cost can take the score below 0', () => {
    const r = scoreItem(itemWith({ revenue: 1, strategic: false, effort: 'XXL' }), card);
    expect(r.ok && r.score).toBe(-50);
  });

  it('names each missing or invalid criterion', () => {
    const r = scoreItem(itemWith({ revenue: 9, effort: 'huge' }), card);
    expect(r.ok ? [] : r.problems.map((p) => `${p.field}:${p.code}`)).toEqual([
      'revenue:invalid',
      'strategic:missing',
      'effort:invalid',
    ]);
  });

  it.each([
    [{ type: 'fibonacci' }, 8, 0.4],
    [{ type: 'percent' }, '50%', 0.5],
    [{ type: 'percent' }, 80, 0.8],
    [{ type: 'number', max: 200 }, 50, 0.25],
    [{ type: 'number', max: 200 }, 500, 1],
    [{ type: 'number' }, 7, 7],
    [{ type: 'tshirt', sizes: { S: 0, M: 0.33, L: 0.66, XL: 1 } }, 'm', 0.33],
  ] as const)('scale %j reads %j as %d', (scale, input, normalised) => {
    const c = ScorecardSchema.parse({ name: 'one', criteria: [{ field: 'x', scale, weight: 1 }] });
    const r = scoreItem(itemWith({ x: input }), c);
    expect(r.ok && r.explanation.factors[0]?.normalised).toBeCloseTo(normalised, 12);
  });

  it('rejects a value off a Fibonacci scale', () => {
    const c = ScorecardSchema.parse({
      name: 'one',
      criteria: [{ field: 'x', scale: { type: 'fibonacci' }, weight: 1 }],
    });
    expect(scoreItem(itemWith({ x: 4 }), c).ok).toBe(false);
  });
});

describe('ScorecardSchema', () => {
  it.each([
    [{ ...growth, criteria: [{ field: 'effort', scale: { type: 'tshirt' }, weight: -1 }] }, 'criteria'],
    [{ ...growth, name: 'Has Spaces' }, 'name'],
    [
      { ...growth, criteria: [{ field: 'x', scale: { type: 'range', min: 5, max: 1 }, weight: 1 }] },
      'criteria.0.scale.max',
    ],
    [{ ...growth, criteria: [{ field: 'x', scale: { type: 'boolean' }, weight: 0 }] }, 'criteria.0.weight'],
  ])('rejects %j at %s', (input, path) => {
    const r = ScorecardSchema.safeParse(input);
    expect(r.success ? '' : r.error.issues[0]?.path.join('.')).toBe(path);
  });
});
