import type { FactorSpec, FrameworkDefinition } from '../definition';
import { factorFrom } from '../factorFrom';
import type { FactorOp } from '../types';
import type { FactorInput } from '../vocabulary/inputSpec';
import { CONFIDENCE } from '../vocabulary/scoringFields';
import { ICE_INPUTS } from './iceInputs';

// Every ICE input is a rating on the same scale; its middle neither lifts nor drags.
const { min, max } = ICE_INPUTS[0]!.scale as { min: number; max: number };
const SPAN = `each ${min}–${max}`;

function factor(input: FactorInput, op: FactorOp, weight: number | undefined): FactorSpec {
  return factorFrom(input, {
    label: input.field.name,
    op,
    ...(weight === undefined ? {} : { weight }),
    neutral: (min + max) / 2,
    ranged: true,
    ...(input.field.name === CONFIDENCE.name ? { fullConfidence: max } : {}),
  });
}

/**
 * ICE (Sean Ellis / GrowthHackers), product variant, version 1: impact × confidence × ease, each
 * 1–10, so scores run 1–1000.
 *
 * @example
 * evaluate(ICE, item, {}); // impact 8, confidence 7, ease 5 → 280
 */
export const ICE: FrameworkDefinition = {
  id: 'ice',
  name: 'ICE (product)',
  version: '1',
  formula: `impact × confidence × ease (${SPAN})`,
  inputs: ICE_INPUTS,
  factors: ICE_INPUTS.map((input) => factor(input, 'multiply', undefined)),
};

/**
 * ICE, average variant, version 1: (impact + confidence + ease) ÷ 3, each 1–10, so scores run 1–10.
 *
 * @example
 * evaluate(ICE_AVERAGE, item, {}); // impact 8, confidence 7, ease 6 → 7
 */
export const ICE_AVERAGE: FrameworkDefinition = {
  id: 'ice-average',
  name: 'ICE (average)',
  version: '1',
  formula: `(impact + confidence + ease) ÷ 3 (${SPAN})`,
  inputs: ICE_INPUTS,
  factors: ICE_INPUTS.map((input) => factor(input, 'add', 1 / ICE_INPUTS.length)),
};
