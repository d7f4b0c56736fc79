import type { Interval } from './alternative';
import { normalQuantile } from './distributions';

/**
 * The interval implied by an adjusted p-value (GrowthBook's `adjustedCI`): sd' = |Δ / z_{1−p̃/2}|,
 * Δ ± z_{1−α/2}·sd'. Unbounded once p̃ > 0.999999. It replaces the unadjusted interval only when
 * wider, so a correction never makes a result look more certain.
 *
 * @example
 * adjustedInterval(0.1, 0.06, 0.05, [0.01, 0.19]); // => [-0.0043, 0.2043]
 */
export function adjustedInterval(
  estimate: number,
  adjustedP: number,
  alpha: number,
  unadjusted: Interval,
): Interval {
  if (adjustedP > 0.999999) return [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
  if (!estimate) return unadjusted;
  const sd = Math.abs(estimate / normalQuantile(1 - adjustedP / 2));
  const width = normalQuantile(1 - alpha / 2) * sd;
  const candidate: Interval = [estimate - width, estimate + width];
  return candidate[1] - candidate[0] > unadjusted[1] - unadjusted[0] ? candidate : unadjusted;
}
