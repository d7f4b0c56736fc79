import { chiSquareCdf } from './distributions';

/** GrowthBook's DEFAULT_SRM_THRESHOLD: flag a mismatch below this p-value. */
export const SRM_THRESHOLD = 0.001;
/** GrowthBook's minimum users per variation before SRM is judged at all. */
export const SRM_MIN_USERS_PER_VARIATION = 8;

/** The SRM check: chi-squared p-value and whether it is flagged. */
export interface SrmResult {
  pValue: number;
  flagged: boolean;
}

/**
 * Sample-ratio mismatch as a chi-squared goodness of fit of the observed users against the
 * expected weights (GrowthBook's back-end `checkSrm`): arms with weight 0 or missing are dropped;
 * p = 1 with fewer than two arms left or no users. Flagged when p < 0.001 and there are at least
 * 8 users per variation.
 *
 * @example
 * sampleRatioMismatch([10200, 9800], [0.5, 0.5]); // => { pValue: 0.004678, flagged: false }
 */
export function sampleRatioMismatch(users: readonly number[], weights?: readonly number[]): SrmResult {
  const w = weights ?? users.map(() => 1);
  const arms: [number, number][] = [];
  let totalUsers = 0;
  let totalWeight = 0;
  users.forEach((u, i) => {
    const weight = w[i];
    if (!weight || !(weight > 0)) return;
    arms.push([u, weight]);
    totalUsers += u;
    totalWeight += weight;
  });
  if (arms.length < 2 || totalUsers === 0) return { pValue: 1, flagged: false };
  let x2 = 0;
  for (const [observed, weight] of arms) {
    const expected = (weight / totalWeight) * totalUsers;
    x2 += (observed - expected) ** 2 / expected;
  }
  const pValue = 1 - chiSquareCdf(x2, arms.length - 1);
  const allUsers = users.reduce((sum, u) => sum + u, 0);
  const enough = allUsers >= users.length * SRM_MIN_USERS_PER_VARIATION;
  return { pValue, flagged: enough && pValue < SRM_THRESHOLD };
}
