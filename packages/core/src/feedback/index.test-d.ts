// Pins the labeller: training can fail with problems (too little data is data, not an error);
// prediction cannot, and it says when it abstains.
import type { LabelModel, LabelPrediction } from '@trailmap/core/feedback';
import { predictLabels, trainLabeller } from '@trailmap/core/feedback';
import type { Result } from '@trailmap/core/model';
import { describe, expectTypeOf, it } from 'vitest';

describe('@trailmap/core/feedback', () => {
  it('trainLabeller returns a result of a model', () => {
    expectTypeOf(trainLabeller).returns.toEqualTypeOf<Result<LabelModel>>();
  });

  it('predictLabels returns a prediction that may abstain', () => {
    expectTypeOf(predictLabels).parameter(0).toEqualTypeOf<LabelModel>();
    expectTypeOf(predictLabels).returns.toEqualTypeOf<LabelPrediction>();
    expectTypeOf<LabelPrediction['abstained']>().toEqualTypeOf<boolean>();
  });
});
