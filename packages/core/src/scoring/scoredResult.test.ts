import { describe, expect, it } from 'vitest';
import { scoreItem } from './scoreItem';
import { scoreItems } from './scoreItems';
import { itemWith } from './workItem.fixture';

describe('lazily built explanations', () => {
  it('JSON includes the explanation', () => {
    const r = scoreItem(itemWith({ reach: 450, impact: 3, confidence: 1, effort: 2 }), 'rice');
    expect(JSON.parse(JSON.stringify(r)).explanation.summary).toBe(
      'RICE (Intercom) 675 = reach 450 × impact 3 × confidence 100% ÷ effort 2',
    );
  });

  it('matches the numbers the score used, including the effort floor', () => {
    const r = scoreItem(itemWith({ reach: 100, impact: 1, confidence: 1, effort: 0.2 }), 'rice');
    expect(r.ok && [r.score, r.explanation.factors[3]?.normalised, r.explanation.factors[3]?.input]).toEqual([
      200, 0.5, 0.2,
    ]);
  });

  it('is the same object on every access', () => {
    const r = scoreItem(itemWith({ value: 8, effort: 2 }), 'value-effort');
    const first = r.ok ? r.explanation : undefined;
    expect(r.ok && r.explanation).toBe(first);
  });

  it('each item in a batch explains itself, not a neighbour (scratch arrays are not shared state)', () => {
    const [a, b] = scoreItems(
      [itemWith({ impact: 9, confidence: 9, ease: 9 }), itemWith({ impact: 2, confidence: 3, ease: 4 })],
      'ice',
    );
    expect([
      a?.result.ok && a.result.explanation.summary,
      b?.result.ok && b.result.explanation.summary,
    ]).toEqual([
      'ICE (product) 729 = impact 9 × confidence 9 × ease 9',
      'ICE (product) 24 = impact 2 × confidence 3 × ease 4',
    ]);
  });

  it('the shared empty warnings list cannot be changed by a caller', () => {
    const r = scoreItem(itemWith({ value: 8, effort: 2 }), 'value-effort');
    expect(() => r.ok && r.warnings.push('x')).toThrow(TypeError);
  });
});
