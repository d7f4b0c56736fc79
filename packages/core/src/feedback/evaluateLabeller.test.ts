import { describe, expect, it } from 'vitest';
import { evaluateLabeller } from './evaluateLabeller';
import { toyTickets } from './toyTickets.test-helper';

describe('evaluateLabeller', () => {
  it('cross-validates one model per group and reports the mean group F1', () => {
    const data = [
      ...toyTickets(10).map((e) => ({ ...e, group: 'web' })),
      ...toyTickets(10, 3).map((e) => ({ ...e, group: 'mobile' })),
    ];
    const r = evaluateLabeller({ mode: 'cross-validation', data, folds: 3 }, { calibrationFolds: 0 });
    if (!r.ok) throw new Error(r.problems[0].message);
    expect(r.value.count).toBe(50);
    expect(Object.keys(r.value.groups ?? {})).toEqual(['mobile', 'web']);
    const f1s = Object.values(r.value.groups ?? {}).map((g) => g.macroF1);
    expect(r.value.meanGroupF1).toBeCloseTo((f1s[0]! + f1s[1]!) / 2);
    expect(r.value.macroF1).toBeGreaterThan(0.8);
  });

  it('evaluates a fixed train/test split', () => {
    const all = toyTickets(20);
    const r = evaluateLabeller({ mode: 'train-test', train: all.slice(0, 30), test: all.slice(30) });
    expect(r.ok && r.value.count).toBe(10);
  });

  it('names the group that cannot be trained', () => {
    const data = [
      ...toyTickets(5).map((e) => ({ ...e, group: 'ok' })),
      { title: 'x', labels: ['bug'], group: 'lonely' },
    ];
    const r = evaluateLabeller({ mode: 'train-test', train: data, test: data });
    expect(r.ok ? '' : r.problems[0].message).toMatch(/group "lonely"/);
  });
});
