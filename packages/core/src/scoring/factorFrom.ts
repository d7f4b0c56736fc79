import type { FactorSpec } from './definition';
import { describeScale } from './vocabulary/describeScale';
import type { FactorInput } from './vocabulary/inputSpec';
import { readInput } from './vocabulary/readInput';

/**
 * Compiles a vocabulary input into the evaluator's factor: the field name, the parser and the
 * problem text all come from the input's scale, so a scale changed in the vocabulary is what
 * scoring accepts and what its messages say. What the formula adds (op, weight, neutral value,
 * confidence role, a fallback) is passed in. Internal.
 *
 * @example
 * const impact = factorFrom(RICE_INPUTS[1]!, { label: 'impact', op: 'multiply', neutral: 1 });
 * factorFrom(RICE_INPUTS[0]!, { label: 'reach', op: 'multiply', ranged: true }).minKey; // => 'reach_min'
 * impact.parse('massive'); // => 3
 * impact.expects; // => 'one of 3, 2, 1, 0.5, 0.25 (massive, high, medium, low, minimal)'
 */
export function factorFrom(
  input: FactorInput,
  role: Pick<FactorSpec, 'label' | 'op'> &
    Partial<Pick<FactorSpec, 'weight' | 'neutral' | 'fullConfidence' | 'fallback'>> & {
      /** Reads `<field>_min` / `<field>_max` as the uncertainty range of the value. */
      ranged?: boolean;
    },
): FactorSpec {
  const { scale } = input;
  const name = input.field.name;
  const { ranged, ...rest } = role;
  return {
    name,
    ...rest,
    parse: (raw) => readInput(scale, raw),
    expects: describeScale(scale),
    ...(ranged ? { minKey: `${name}_min`, maxKey: `${name}_max` } : {}),
  };
}
