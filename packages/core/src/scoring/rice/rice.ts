import type { Estimate, FieldValue, WorkItem } from '../../model/workItem';
import type { FrameworkDefinition } from '../definition';
import { factorFrom } from '../factorFrom';
import { fmt } from '../fieldValue';
import { RICE_INPUTS, RICE_OPEN_INPUTS } from './riceInputs';

/** Intercom's floor: "a minimum of half a month". */
export const RICE_MIN_EFFORT = RICE_INPUTS[3]!.scale.floor!;

// Person-months per unit; a month is 52/12 weeks of 5 days of 8 hours.
const PER_MONTH: Partial<Record<Estimate['unit'], number>> = {
  'person-months': 1,
  weeks: 52 / 12,
  days: (52 / 12) * 5,
  hours: (52 / 12) * 40,
};

function effortFallback(item: WorkItem): { input: FieldValue; note: string } | undefined {
  const e = item.estimate;
  const per = e ? PER_MONTH[e.unit] : undefined;
  if (!e || per === undefined || e.value <= 0) return undefined;
  const months = e.value / per;
  return {
    input: months,
    note: `effort taken from the estimate (${e.value} ${e.unit} = ${fmt(months)} person-months)`,
  };
}

/**
 * RICE as Intercom defined it (Sean McBride, 2016), version 1: reach × impact × confidence ÷ effort.
 * Impact on 3 / 2 / 1 / 0.5 / 0.25 (or massive … minimal), confidence 100 / 80 / 50 %
 * (or high / medium / low; 80, 0.8 and "80%" all mean 80 %), effort in person-months. Pinned edge
 * rule: effort ≤ 0 leaves the item unscored; effort in (0, 0.5) is raised to Intercom's 0.5 floor
 * with a warning. A blank effort falls back to a person-time estimate (not story points).
 *
 * @example
 * evaluate(RICE, item, {}); // reach 450, impact 3, confidence 100 %, effort 2 → 675
 */
export const RICE: FrameworkDefinition = {
  id: 'rice',
  name: 'RICE (Intercom)',
  version: '1',
  formula: `reach × impact × confidence ÷ effort (person-months, minimum ${RICE_MIN_EFFORT})`,
  inputs: RICE_INPUTS,
  factors: [
    factorFrom(RICE_INPUTS[0]!, { label: 'reach', op: 'multiply', ranged: true }),
    factorFrom(RICE_INPUTS[1]!, { label: 'impact', op: 'multiply', neutral: 1 }),
    factorFrom(RICE_INPUTS[2]!, { label: 'confidence', op: 'multiply', neutral: 0.8, fullConfidence: 1 }),
    factorFrom(RICE_INPUTS[3]!, {
      label: 'effort',
      op: 'divide',
      neutral: 1,
      fallback: effortFallback,
      ranged: true,
    }),
  ],
  check: (values, warnings) => {
    if (values[3]! < RICE_MIN_EFFORT) {
      warnings.push(
        `effort ${fmt(values[3]!)} raised to Intercom's minimum of ${RICE_MIN_EFFORT} person-months`,
      );
      values[3] = RICE_MIN_EFFORT;
    }
    return undefined;
  },
};

/**
 * RICE with free scales (version 1), for tools that deviate from Intercom: any impact > 0, any
 * confidence 0–100 % (e.g. 60 %, 90 %, 20 % "moonshot"), any effort > 0 in any unit used
 * consistently, no 0.5 floor. Same formula; scores are not comparable with `rice`.
 *
 * @example
 * evaluate(RICE_OPEN, item, {}); // reach 8M, impact 1, confidence 80 %, effort 2 → 3.2M
 */
export const RICE_OPEN: FrameworkDefinition = {
  id: 'rice-open',
  name: 'RICE (free scales)',
  version: '1',
  formula: 'reach × impact × confidence ÷ effort (any positive scales)',
  inputs: RICE_OPEN_INPUTS,
  factors: [
    factorFrom(RICE_OPEN_INPUTS[0]!, { label: 'reach', op: 'multiply', ranged: true }),
    factorFrom(RICE_OPEN_INPUTS[1]!, { label: 'impact', op: 'multiply', neutral: 1 }),
    factorFrom(RICE_OPEN_INPUTS[2]!, {
      label: 'confidence',
      op: 'multiply',
      neutral: 0.8,
      fullConfidence: 1,
    }),
    factorFrom(RICE_OPEN_INPUTS[3]!, {
      label: 'effort',
      op: 'divide',
      neutral: 1,
      fallback: effortFallback,
      ranged: true,
    }),
  ],
};
