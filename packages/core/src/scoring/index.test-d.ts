// Pins the scoring API: a score is a result (ok with score, range and explanation, or problems),
// never a bare number or a thrown error.
import type { Problem, WorkItem } from '@trailmap/core/model';
import type { Framework, ItemScore, ScoreExplanation, ScoreResult } from '@trailmap/core/scoring';
import { scoreItem, scoreItems } from '@trailmap/core/scoring';
import { describe, expectTypeOf, it } from 'vitest';

describe('@trailmap/core/scoring', () => {
  it('scoreItem takes an item and a framework and returns a ScoreResult', () => {
    expectTypeOf(scoreItem).parameter(0).toEqualTypeOf<WorkItem>();
    expectTypeOf(scoreItem).parameter(1).toEqualTypeOf<Framework>();
    expectTypeOf(scoreItem).returns.toEqualTypeOf<ScoreResult>();
  });

  it('scoreItems scores a list, keyed', () => {
    expectTypeOf(scoreItems).parameter(0).toEqualTypeOf<readonly WorkItem[]>();
    expectTypeOf(scoreItems).returns.toEqualTypeOf<ItemScore[]>();
    expectTypeOf<ItemScore>().toEqualTypeOf<{ key: string; result: ScoreResult }>();
  });

  it('a ScoreResult narrows to a score with its explanation, or to problems', () => {
    const r = {} as ScoreResult;
    if (r.ok) {
      expectTypeOf(r.score).toEqualTypeOf<number>();
      expectTypeOf(r.range).toEqualTypeOf<{ low: number; high: number }>();
      expectTypeOf(r.explanation).toEqualTypeOf<ScoreExplanation>();
      expectTypeOf(r.warnings).toEqualTypeOf<string[]>();
    } else {
      expectTypeOf(r.problems).toEqualTypeOf<[Problem, ...Problem[]]>();
    }
  });

  it('a preset name is a Framework; an arbitrary string is not', () => {
    expectTypeOf<'rice'>().toExtend<Framework>();
    expectTypeOf<string>().not.toExtend<Framework>();
  });
});
