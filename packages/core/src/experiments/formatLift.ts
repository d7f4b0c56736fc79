import type { Difference } from './effectMoments';

const MINUS = '\u2212';

function significant(x: number, digits: number): string {
  if (x === 0) return '0';
  return String(Number(Math.abs(x).toPrecision(digits)));
}

/**
 * A lift for people: relative as a signed percentage with two significant digits ("+16 %",
 * "−5 %"), absolute as a signed number with three; ±∞ for an open one-sided bound.
 *
 * @example
 * formatLift(0.163, 'relative'); // => '+16 %'
 * formatLift(-0.05, 'relative'); // => '−5 %'
 * formatLift(0.0015, 'absolute'); // => '+0.0015'
 */
export function formatLift(x: number, difference: Difference): string {
  if (x === Number.POSITIVE_INFINITY) return '+∞';
  if (x === Number.NEGATIVE_INFINITY) return `${MINUS}∞`;
  const sign = x > 0 ? '+' : x < 0 ? MINUS : '';
  return difference === 'relative' ? `${sign}${significant(x * 100, 2)} %` : `${sign}${significant(x, 3)}`;
}

/**
 * A probability as a percentage for people ("98.6 %").
 *
 * @example
 * formatPercent(0.98606); // => '98.6 %'
 */
export function formatPercent(p: number): string {
  return `${Number((p * 100).toFixed(p >= 0.999 || p <= 0.001 ? 2 : 1))} %`;
}
