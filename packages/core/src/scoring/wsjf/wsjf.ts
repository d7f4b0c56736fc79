import type { FactorSpec, FrameworkDefinition } from '../definition';
import { factorFrom } from '../factorFrom';
import type { FactorInput } from '../vocabulary/inputSpec';
import { WSJF_INPUTS, WSJF_OPEN_INPUTS, WSJF_SCALE } from './wsjfInputs';

const FIBONACCI_SPAN = `${WSJF_SCALE[0]}–${WSJF_SCALE[WSJF_SCALE.length - 1]}`;

// Explanations say `business value`, `job size`: the field name in words.
function specs(inputs: readonly FactorInput[]): FactorSpec[] {
  return inputs.map((input, i) => {
    const label = input.field.name.replace(/_/g, ' ');
    // The last input, job size, divides; the cost-of-delay terms add up.
    return i === inputs.length - 1
      ? factorFrom(input, { label, op: 'divide', neutral: 5, ranged: true })
      : factorFrom(input, { label, op: 'add', ranged: true });
  });
}

function warnZeroValue(values: number[], warnings: string[]): undefined {
  if (values[0] === 0) {
    warnings.push(
      'business value is 0: the score rests on time criticality and risk alone; check it is real',
    );
  }
  return undefined;
}

/**
 * WSJF as SAFe defines it, version 1: (user-business value + time criticality + risk reduction /
 * opportunity enablement) ÷ job size, every input on the modified Fibonacci scale
 * 1, 2, 3, 5, 8, 13, 20. Fields: `business_value`, `time_criticality`, `risk_reduction`, `job_size`.
 *
 * @example
 * evaluate(WSJF, item, {}); // 8 + 3 + 5 over 8 → 2
 */
export const WSJF: FrameworkDefinition = {
  id: 'wsjf',
  name: 'WSJF (SAFe)',
  version: '1',
  formula: `(business value + time criticality + risk reduction) ÷ job size, modified Fibonacci ${FIBONACCI_SPAN}`,
  inputs: WSJF_INPUTS,
  factors: specs(WSJF_INPUTS),
  check: warnZeroValue,
};

/**
 * WSJF with free scales, version 1: the same formula over any numbers ≥ 0 (job size > 0), for
 * teams using 1–10, 1–100 or Reinertsen's CD3 with real durations. A zero business value is
 * scored but warned about (Black Swan Farming's "absurd result").
 *
 * @example
 * evaluate(WSJF_OPEN, item, {}); // (100 + 50 + 20) ÷ 10 → 17
 */
export const WSJF_OPEN: FrameworkDefinition = {
  id: 'wsjf-open',
  name: 'WSJF (free scales)',
  version: '1',
  formula: '(business value + time criticality + risk reduction) ÷ job size, any scale',
  inputs: WSJF_OPEN_INPUTS,
  factors: specs(WSJF_OPEN_INPUTS),
  check: warnZeroValue,
};
