import { describe, expect, it } from 'vitest';
import { scoreItem } from '../scoreItem';
import { itemWith } from '../workItem.fixture';
import { quadrantOf } from './valueEffort';

describe('value / effort', () => {
  it.each([
    [8, 2, 'quick-win'],
    [8, 9, 'big-bet'],
    [2, 2, 'fill-in'],
    [2, 9, 'money-pit'],
    [5.5, 5.5, 'big-bet'],
    [5, 5, 'fill-in'],
  ] as const)('value %d, effort %d → %s', (value, effort, q) => {
    expect(quadrantOf(value, effort)).toBe(q);
  });

  it('scores value ÷ effort and labels the quadrant', () => {
    const r = scoreItem(itemWith({ value: 8, effort: 2 }), 'value-effort');
    expect(r.ok && [r.score, r.explanation.label]).toEqual([4, 'quick-win']);
  });

  it('takes thresholds for other scales', () => {
    const r = scoreItem(itemWith({ value: 4, effort: 2 }), 'value-effort', {
      quadrant: { value: 3, effort: 3 },
    });
    expect(r.ok && r.explanation.label).toBe('quick-win');
  });

  it('leaves effort 0 unscored', () => {
    const r = scoreItem(itemWith({ value: 4, effort: 0 }), 'value-effort');
    expect(r.ok ? [] : r.problems.map((p) => p.field)).toEqual(['effort']);
  });
});
