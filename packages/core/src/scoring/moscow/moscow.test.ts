import { describe, expect, it } from 'vitest';
import { scoreItem } from '../scoreItem';
import { itemWith } from '../workItem.fixture';
import { parseMoscow } from './moscow';
import { checkMoscowShares } from './moscowShares';

describe('MoSCoW', () => {
  it.each([
    ['Must have', 'must'],
    ['M', 'must'],
    ['should', 'should'],
    ['Could Have', 'could'],
    ["Won't have this time", 'wont'],
    ['Won’t', 'wont'],
    ['Won’t have', 'wont'],
    ["Won't have (this time)", 'wont'],
    ['will not', 'wont'],
    ['W', 'wont'],
    ['MUST', 'must'],
    ['Must-have', 'must'],
    ['M - Must', 'must'],
    ['s', 'should'],
    ['maybe', undefined],
    ['Mustard', undefined],
    ['nice to have', undefined],
    ['', undefined],
  ] as const)('reads %j as %s', (raw, bucket) => {
    expect(parseMoscow(raw)).toBe(bucket);
  });

  it('ranks Must 3 with its bucket as label', () => {
    const r = scoreItem(itemWith({ moscow: 'Must have' }), 'moscow');
    expect(r.ok && [r.score, r.explanation.label]).toEqual([3, 'must']);
  });

  it("scores Won't as 0, not unscored", () => {
    const r = scoreItem(itemWith({ moscow: "won't" }), 'moscow');
    expect(r.ok && [r.score, r.explanation.label]).toEqual([0, 'wont']);
  });
});

describe('MoSCoW effort shares (DSDM)', () => {
  const set = (must: number, should: number, could: number) => [
    itemWith({ moscow: 'Must', effort: must }),
    itemWith({ moscow: 'Should', effort: should }),
    itemWith({ moscow: 'Could', effort: could }),
    itemWith({ moscow: "Won't", effort: 100 }),
  ];

  it('measures by effort, not count, and leaves Won’t out of the total', () => {
    const s = checkMoscowShares(set(60, 20, 20));
    expect([s.total, s.share]).toEqual([100, { must: 0.6, should: 0.2, could: 0.2 }]);
  });

  it('accepts the 60 / 20 / 20 split', () => {
    expect(checkMoscowShares(set(60, 20, 20)).findings).toEqual([]);
  });

  it('flags Must above 60 %', () => {
    expect(checkMoscowShares(set(70, 10, 20)).findings.map((f) => f.code)).toEqual(['must_over_limit']);
  });

  it('flags too little Could contingency', () => {
    expect(checkMoscowShares(set(50, 45, 5)).findings.map((f) => f.code)).toEqual([
      'could_under_contingency',
    ]);
  });

  it('uses the estimate when effort is blank and reports skipped items', () => {
    const items = [
      itemWith({ moscow: 'Must' }, { estimate: { value: 3, unit: 'points' } }),
      itemWith({ moscow: 'Could' }),
      itemWith({ effort: 2 }),
    ];
    const s = checkMoscowShares(items);
    expect([s.effort.must, s.skipped.map((x) => x.reason)]).toEqual([
      3,
      ['no effort or estimate', 'no moscow value'],
    ]);
  });
});
