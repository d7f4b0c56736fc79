import type { FactorInput, InputScale, ScoringField } from '../vocabulary/inputSpec';
import { BUSINESS_VALUE, JOB_SIZE, RISK_REDUCTION, TIME_CRITICALITY } from '../vocabulary/scoringFields';

/** SAFe's modified Fibonacci scale for WSJF inputs. 40 and 100 are deliberately excluded (see docs/scoring.md). */
export const WSJF_SCALE: readonly number[] = [1, 2, 3, 5, 8, 13, 20];

const TERMS: readonly (readonly [ScoringField, string])[] = [
  [BUSINESS_VALUE, 'Business value'],
  [TIME_CRITICALITY, 'Time criticality'],
  [RISK_REDUCTION, 'Risk reduction / opportunity enablement'],
  [JOB_SIZE, 'Job size'],
];

const fibonacci: InputScale = {
  reads: 'number',
  values: WSJF_SCALE,
  note: `modified Fibonacci; split items larger than ${WSJF_SCALE[WSJF_SCALE.length - 1]}`,
};

/**
 * WSJF (SAFe) inputs: the three cost-of-delay terms and job size, each on the modified Fibonacci
 * scale.
 *
 * @example
 * WSJF_INPUTS.map((i) => i.field.name); // => ['business_value', 'time_criticality', 'risk_reduction', 'job_size']
 */
export const WSJF_INPUTS: readonly FactorInput[] = TERMS.map(([field, label]) => ({
  field,
  label,
  help: 'Modified Fibonacci',
  scale: fibonacci,
}));

/**
 * WSJF (free scales) inputs: any number ≥ 0 for the cost-of-delay terms, any size > 0 (job size
 * divides).
 *
 * @example
 * WSJF_OPEN_INPUTS[3]?.scale.minExclusive; // => true
 */
export const WSJF_OPEN_INPUTS: readonly FactorInput[] = TERMS.map(([field, label]) => {
  const divides = field === JOB_SIZE;
  return {
    field,
    label,
    help: divides ? 'Any number > 0' : 'Any number ≥ 0',
    scale: { reads: 'number', min: 0, ...(divides ? { minExclusive: true } : {}) },
  };
});
