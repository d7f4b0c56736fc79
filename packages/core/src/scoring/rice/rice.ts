import type { Estimate, FieldValue, WorkItem } from '../../model/workItem';
import type { FactorSpec, FrameworkDefinition } from '../definition';
import { effortFactor } from '../effortFactor';
import { fmt, toFraction, toNumber } from '../fieldValue';

const IMPACT_WORDS: Record<string, number> = { massive: 3, high: 2, medium: 1, low: 0.5, minimal: 0.25 };
const CONFIDENCE_WORDS: Record<string, number> = { high: 1, medium: 0.8, low: 0.5 };
const CANONICAL_IMPACT = new Set([3, 2, 1, 0.5, 0.25]);
const CANONICAL_CONFIDENCE = new Set([1, 0.8, 0.5]);

/** Intercom's floor: "a minimum of half a month". */
export const RICE_MIN_EFFORT = 0.5;

// Person-months per unit; a month is 52/12 weeks of 5 days of 8 hours.
const PER_MONTH: Partial<Record<Estimate['unit'], number>> = {
  'person-months': 1,
  weeks: 52 / 12,
  days: (52 / 12) * 5,
  hours: (52 / 12) * 40,
};

function word(raw: FieldValue, words: Record<string, number>): number | undefined {
  return typeof raw === 'string' ? words[raw.trim().toLowerCase()] : undefined;
}

function reachSpec(): FactorSpec {
  return {
    name: 'reach',
    label: 'reach',
    op: 'multiply',
    parse: (raw) => {
      const n = toNumber(raw);
      return n >= 0 ? n : Number.NaN;
    },
    expects: 'a number ≥ 0 (people or events per period)',
    minKey: 'reach_min',
    maxKey: 'reach_max',
  };
}

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
  formula: 'reach × impact × confidence ÷ effort (person-months, minimum 0.5)',
  factors: [
    reachSpec(),
    {
      name: 'impact',
      label: 'impact',
      op: 'multiply',
      parse: (raw) => {
        const n = word(raw, IMPACT_WORDS) ?? toNumber(raw);
        return CANONICAL_IMPACT.has(n) ? n : Number.NaN;
      },
      expects: 'one of 3, 2, 1, 0.5, 0.25 (massive, high, medium, low, minimal)',
      neutral: 1,
    },
    {
      name: 'confidence',
      label: 'confidence',
      op: 'multiply',
      parse: (raw) => {
        const n = word(raw, CONFIDENCE_WORDS) ?? toFraction(raw);
        return CANONICAL_CONFIDENCE.has(n) ? n : Number.NaN;
      },
      expects: 'one of 100 %, 80 %, 50 % (as 100/80/50, 1/0.8/0.5, or high/medium/low)',
      neutral: 0.8,
      fullConfidence: 1,
    },
    effortFactor({ expects: 'person-months > 0 (minimum 0.5)', neutral: 1, fallback: effortFallback }),
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
  factors: [
    reachSpec(),
    {
      name: 'impact',
      label: 'impact',
      op: 'multiply',
      parse: (raw) => {
        const n = word(raw, IMPACT_WORDS) ?? toNumber(raw);
        return n > 0 ? n : Number.NaN;
      },
      expects: 'a number > 0',
      neutral: 1,
    },
    {
      name: 'confidence',
      label: 'confidence',
      op: 'multiply',
      parse: (raw) => word(raw, CONFIDENCE_WORDS) ?? toFraction(raw),
      expects: 'a percentage 0–100 % (as 60, 0.6 or "60%")',
      neutral: 0.8,
      fullConfidence: 1,
    },
    effortFactor({ expects: 'a number > 0', neutral: 1, fallback: effortFallback }),
  ],
};
