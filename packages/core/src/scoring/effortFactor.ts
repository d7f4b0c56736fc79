import type { FactorSpec } from './definition';
import { toNumber } from './fieldValue';

/**
 * The divided `effort` factor as RICE, RICE (free scales) and value/effort read it: a number
 * > 0 (effort divides, so 0 or less is invalid), with `effort_min`/`effort_max` range options.
 * What differs between frameworks is passed in: the `expects` text (each framework states its
 * own scale), the neutral value and RICE's fallback to a person-time estimate.
 *
 * @example
 * const effort = effortFactor({ expects: 'a number > 0 (1–10 by default)', neutral: 5.5 });
 * effort.parse('0'); // => NaN
 * effort.parse('2'); // => 2
 */
export function effortFactor(differs: Pick<FactorSpec, 'expects' | 'neutral' | 'fallback'>): FactorSpec {
  return {
    name: 'effort',
    label: 'effort',
    op: 'divide',
    parse: (raw) => {
      const n = toNumber(raw);
      return n > 0 ? n : Number.NaN;
    },
    ...differs,
    minKey: 'effort_min',
    maxKey: 'effort_max',
  };
}
