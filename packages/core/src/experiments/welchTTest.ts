import type { Alternative, Interval } from './alternative';
import { studentTCdf, studentTQuantile } from './distributions';
import type { EffectEstimate } from './effectMoments';

/** A frequentist result: the interval and p-value around an effect. */
export interface FrequentistOutcome {
  ci: Interval;
  pValue: number;
}

/**
 * Fixed-horizon Welch t test on Δ/se with Welch's dof (gbstats' TwoSidedTTest and the one-sided
 * TreatmentGreater / TreatmentLesser tests). Only this test uses Student t; the rest use the normal.
 *
 * @example
 * welchTTest({ estimate: 0.1, se: 0.04548, dof: 19963 }, 0.05, 'two-sided');
 * // => { ci: [0.01086, 0.1891], pValue: 0.02789 }
 */
export function welchTTest(
  effect: Pick<EffectEstimate, 'estimate' | 'se' | 'dof'>,
  alpha: number,
  alternative: Alternative,
): FrequentistOutcome {
  const { estimate, se, dof } = effect;
  const t = estimate / se;
  if (alternative === 'two-sided') {
    const width = studentTQuantile(1 - alpha / 2, dof) * se;
    return { ci: [estimate - width, estimate + width], pValue: 2 * (1 - studentTCdf(Math.abs(t), dof)) };
  }
  const width = studentTQuantile(1 - alpha, dof) * se;
  return alternative === 'greater'
    ? { ci: [estimate - width, Number.POSITIVE_INFINITY], pValue: 1 - studentTCdf(t, dof) }
    : { ci: [Number.NEGATIVE_INFINITY, estimate + width], pValue: studentTCdf(t, dof) };
}
