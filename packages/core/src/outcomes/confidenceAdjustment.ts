/** Fewer experiments than this and no adjustment is suggested: one miss says little. */
export const MIN_EXPERIMENTS_FOR_ADJUSTMENT = 3;
/** Pseudo-ideas at the team's own stated confidence that temper the observed rate. */
const PRIOR_WEIGHT = 2;

/** A suggested Confidence adjustment for one team: shown to people, never applied. */
export interface ConfidenceAdjustment {
  team: string;
  ideas: number;
  delivered: number;
  meanConfidence: number;
  /** Multiply the team's Confidence by this; `undefined` when too few experiments. */
  factor: number | undefined;
  sentence: string;
}

const pct = (x: number) => `${Math.round(x * 100)} %`;

/**
 * Per team: how its stated confidence compares with what delivered. The observed rate is shrunk
 * towards the stated one by two pseudo-ideas, so a single surprise does not swing the suggestion;
 * the factor is the shrunk rate over the mean stated confidence.
 *
 * @example
 * confidenceAdjustments([{ team: 'Inbox', confidence: 0.8, delivered: false }, …])[0].sentence;
 * // => 'Inbox: stated confidence averages 80 %, 1 of 4 delivered (25 %); suggest Confidence × 0.47 (80 % → 37 %). Not applied.'
 */
export function confidenceAdjustments(
  predictions: readonly { team: string; confidence: number; delivered: boolean }[],
): ConfidenceAdjustment[] {
  const teams = new Map<string, { ideas: number; delivered: number; confidence: number }>();
  for (const p of predictions) {
    const t = teams.get(p.team) ?? { ideas: 0, delivered: 0, confidence: 0 };
    t.ideas++;
    t.confidence += p.confidence;
    if (p.delivered) t.delivered++;
    teams.set(p.team, t);
  }
  return [...teams]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([team, t]) => {
      const meanConfidence = t.confidence / t.ideas;
      const head = `${team}: stated confidence averages ${pct(meanConfidence)}, ${t.delivered} of ${t.ideas} delivered (${pct(t.delivered / t.ideas)})`;
      if (t.ideas < MIN_EXPERIMENTS_FOR_ADJUSTMENT || meanConfidence === 0) {
        return {
          team,
          ideas: t.ideas,
          delivered: t.delivered,
          meanConfidence,
          factor: undefined,
          sentence: `${head}; too few experiments to suggest an adjustment (need ${MIN_EXPERIMENTS_FOR_ADJUSTMENT}).`,
        };
      }
      const shrunk = (t.delivered + PRIOR_WEIGHT * meanConfidence) / (t.ideas + PRIOR_WEIGHT);
      const factor = Math.round((shrunk / meanConfidence) * 100) / 100;
      const advice =
        Math.abs(factor - 1) < 0.1
          ? 'confidence looks calibrated; no change suggested'
          : `suggest Confidence × ${factor} (${pct(meanConfidence)} → ${pct(Math.min(1, meanConfidence * factor))})`;
      return {
        team,
        ideas: t.ideas,
        delivered: t.delivered,
        meanConfidence,
        factor,
        sentence: `${head}; ${advice}. Not applied.`,
      };
    });
}
