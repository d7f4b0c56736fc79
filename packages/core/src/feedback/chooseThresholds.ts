/**
 * Per-label confidence thresholds for a single-label model, from held-out predictions: for each
 * label, the lowest confidence at which the tickets predicted as that label (at or above it)
 * still reach `targetPrecision` (Laplace-smoothed, so three lucky hits do not pass). A label
 * that never reaches it gets threshold 0.99: applied only when near-certain.
 *
 * @example
 * chooseExclusiveThresholds([{ label: 0, confidence: 0.9, correct: true }], 1, 0.5); // => [0.9]
 */
export function chooseExclusiveThresholds(
  predictions: readonly { label: number; confidence: number; correct: boolean }[],
  labelCount: number,
  targetPrecision: number,
): number[] {
  const out: number[] = [];
  for (let k = 0; k < labelCount; k++) {
    const mine = predictions.filter((p) => p.label === k).sort((a, b) => b.confidence - a.confidence);
    let threshold = 1;
    let hits = 0;
    mine.forEach((p, i) => {
      if (p.correct) hits++;
      const next = mine[i + 1];
      // Only cut between distinct confidences, so a threshold never splits tied predictions.
      if (next && next.confidence === p.confidence) return;
      if ((hits + 1) / (i + 1 + 2) >= targetPrecision) threshold = p.confidence;
    });
    // Never demand more than 0.99: held-out confidences can saturate at 1 on clean data.
    out.push(Math.min(threshold, 0.99));
  }
  return out;
}

/**
 * Per-label thresholds for a multi-label model: the probability cut that maximises each label's
 * held-out F1 (ties go to the higher cut), searched on a 0.05 grid within [0.25, 0.9]: a lower cut would let a label the model has not
 * learnt win F1 by being applied to nearly every ticket.
 *
 * @example
 * chooseMultiThresholds([[0.9], [0.2]], [[1], [0]], 1); // => [0.9]
 */
export function chooseMultiThresholds(
  probabilities: readonly (readonly number[])[],
  truth: readonly (readonly number[])[],
  labelCount: number,
): number[] {
  const out: number[] = [];
  for (let k = 0; k < labelCount; k++) {
    let best = 0.5;
    let bestF1 = -1;
    for (let t = 0.25; t <= 0.9001; t += 0.05) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      probabilities.forEach((p, i) => {
        const pred = p[k]! >= t;
        const gold = truth[i]![k] === 1;
        if (pred && gold) tp++;
        else if (pred) fp++;
        else if (gold) fn++;
      });
      const f1 = tp > 0 ? (2 * tp) / (2 * tp + fp + fn) : 0;
      if (f1 >= bestF1) {
        bestF1 = f1;
        best = Math.round(t * 100) / 100;
      }
    }
    out.push(best);
  }
  return out;
}
