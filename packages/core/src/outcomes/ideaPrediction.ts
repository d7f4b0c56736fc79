import type { WorkItem } from '../model/workItem';
import { RICE } from '../scoring/rice/rice';

/**
 * Trailmap's reading of RICE impact as a predicted relative lift on the goal metric, used when a
 * hypothesis states no explicit expected lift. Intercom's scale is ordinal (3 massive … 0.25
 * minimal); these lifts are a convention a team can override, and the outcomes view says which
 * source every prediction came from.
 */
export const DEFAULT_IMPACT_LIFTS: Readonly<Record<string, number>> = {
  '3': 0.1,
  '2': 0.05,
  '1': 0.02,
  '0.5': 0.01,
  '0.25': 0.005,
};

/** What an idea predicted, and where each number came from. */
export interface IdeaPrediction {
  impact?: number;
  confidence?: number;
  predictedLift?: number;
  source: 'expected-lift' | 'rice-impact' | 'none';
}

const factor = (name: string) => RICE.factors.find((f) => f.name === name)!;

/**
 * The prediction of one idea: RICE impact and confidence read with RICE's own parsing rules
 * (`'80%'`, `0.8`, `medium` all mean 80 %), the lift from the explicit expectation if given, else
 * from the impact through `impactLifts`.
 *
 * @example
 * ideaPrediction(item, {}); // item with impact 2, confidence 80 % → { impact: 2, confidence: 0.8, predictedLift: 0.05, source: 'rice-impact' }
 */
export function ideaPrediction(
  item: WorkItem | undefined,
  explicit: { expectedLift?: number | undefined; confidence?: number | undefined },
  impactLifts: Readonly<Record<string, number>> = DEFAULT_IMPACT_LIFTS,
): IdeaPrediction {
  const impactRaw = item?.fields.impact;
  const confidenceRaw = item?.fields.confidence;
  const impact =
    impactRaw === undefined || impactRaw === null ? Number.NaN : factor('impact').parse(impactRaw);
  const confidence =
    explicit.confidence ??
    (confidenceRaw === undefined || confidenceRaw === null
      ? Number.NaN
      : factor('confidence').parse(confidenceRaw));
  const out: IdeaPrediction = { source: 'none' };
  if (Number.isFinite(impact)) out.impact = impact;
  if (Number.isFinite(confidence)) out.confidence = confidence;
  if (explicit.expectedLift !== undefined) {
    out.predictedLift = explicit.expectedLift;
    out.source = 'expected-lift';
  } else if (out.impact !== undefined && impactLifts[String(out.impact)] !== undefined) {
    out.predictedLift = impactLifts[String(out.impact)]!;
    out.source = 'rice-impact';
  }
  return out;
}
