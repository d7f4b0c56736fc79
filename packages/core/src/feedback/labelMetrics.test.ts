import { describe, expect, it } from 'vitest';
import { labelMetrics } from './labelMetrics';
import { stratifiedFolds } from './stratifiedFolds';

describe('labelMetrics', () => {
  it('computes per-class precision/recall/F1, macro and micro F1 and a confusion matrix', () => {
    const m = labelMetrics(
      [['bug'], ['bug'], ['question'], ['question']],
      [['bug'], ['question'], ['question'], ['question']],
      true,
    );
    expect(m.accuracy).toBe(0.75);
    expect(m.perClass.bug).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3, support: 2 });
    expect(m.perClass.question?.f1).toBeCloseTo(0.8);
    expect(m.macroF1).toBeCloseTo((2 / 3 + 0.8) / 2);
    expect(m.microF1).toBe(0.75);
    expect(m.confusion).toEqual({ bug: { bug: 1, question: 1 }, question: { bug: 0, question: 2 } });
  });

  it('scores multi-label sets with exact-match accuracy and per-label counts', () => {
    const m = labelMetrics([['ui', 'error'], ['ui']], [['ui'], ['ui']], false);
    expect(m.accuracy).toBe(0.5);
    expect(m.perClass.error).toEqual({ precision: 0, recall: 0, f1: 0, support: 1 });
    expect(m.confusion.ui).toEqual({ tp: 2, fp: 0, fn: 0, tn: 0 });
  });
});

describe('stratifiedFolds', () => {
  it('spreads each label evenly and is deterministic', () => {
    const strata = [...Array(10).fill('a'), ...Array(5).fill('b')];
    const folds = stratifiedFolds(strata, 5, 3);
    for (let f = 0; f < 5; f++) {
      expect(strata.filter((s, i) => s === 'a' && folds[i] === f)).toHaveLength(2);
      expect(strata.filter((s, i) => s === 'b' && folds[i] === f)).toHaveLength(1);
    }
    expect(stratifiedFolds(strata, 5, 3)).toEqual(folds);
    expect(stratifiedFolds(strata, 5, 4)).not.toEqual(folds);
  });
});
