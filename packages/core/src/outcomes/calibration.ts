/** Ideas scored at one confidence level and how many delivered. */
export interface CalibrationBucket {
  confidence: number;
  ideas: number;
  delivered: number;
  /** delivered / ideas */
  rate: number;
}

/** Calibration of stated confidence against what happened. */
export interface Calibration {
  buckets: CalibrationBucket[];
  /** Mean of (confidence − delivered)² over ideas with a confidence; 0 is perfect, 0.25 is a coin. */
  brier: number | undefined;
  ideas: number;
}

/**
 * Groups predictions by stated confidence (to the percent) and scores them with the Brier score.
 *
 * @example
 * calibrate([{ confidence: 0.8, delivered: true }, { confidence: 0.8, delivered: false }]);
 * // => { buckets: [{ confidence: 0.8, ideas: 2, delivered: 1, rate: 0.5 }], brier: 0.34, ideas: 2 }
 */
export function calibrate(predictions: readonly { confidence: number; delivered: boolean }[]): Calibration {
  const byLevel = new Map<number, { ideas: number; delivered: number }>();
  let squared = 0;
  for (const p of predictions) {
    const level = Math.round(p.confidence * 100) / 100;
    const b = byLevel.get(level) ?? { ideas: 0, delivered: 0 };
    b.ideas++;
    if (p.delivered) b.delivered++;
    byLevel.set(level, b);
    squared += (p.confidence - (p.delivered ? 1 : 0)) ** 2;
  }
  const buckets = [...byLevel]
    .sort(([a], [b]) => a - b)
    .map(([confidence, b]) => ({
      confidence,
      ideas: b.ideas,
      delivered: b.delivered,
      rate: b.delivered / b.ideas,
    }));
  return {
    buckets,
    brier: predictions.length ? squared / predictions.length : undefined,
    ideas: predictions.length,
  };
}
