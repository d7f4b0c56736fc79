/** Precision, recall, F1 and support of one label. */
export interface ClassMetrics {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** Quality of a labeller on held-out tickets. */
export interface LabelMetrics {
  /** Exclusive: share of tickets labelled correctly. Multi-label: share whose label set is exactly right. */
  accuracy: number;
  microF1: number;
  macroF1: number;
  perClass: Record<string, ClassMetrics>;
  /**
   * Exclusive: `confusion[actual][predicted]` counts. Multi-label: per label
   * `{ tp, fp, fn, tn }` counts, since one ticket may sit in several cells.
   */
  confusion: Record<string, Record<string, number>>;
  /** Tickets evaluated. */
  count: number;
}

/**
 * Scores predicted label sets against gold label sets. Macro F1 averages over every label that
 * occurs in the gold data or the predictions, so a label the model never predicts counts as 0.
 *
 * @example
 * labelMetrics([['bug'], ['question']], [['bug'], ['bug']], true).accuracy; // => 0.5
 */
export function labelMetrics(
  gold: readonly (readonly string[])[],
  predicted: readonly (readonly string[])[],
  exclusive: boolean,
): LabelMetrics {
  const labels = [...new Set([...gold.flat(), ...predicted.flat()])].sort();
  const tp = new Map<string, number>();
  const fp = new Map<string, number>();
  const fn = new Map<string, number>();
  const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  let exact = 0;
  gold.forEach((g, i) => {
    const p = predicted[i] ?? [];
    const gs = new Set(g);
    const ps = new Set(p);
    if (gs.size === ps.size && [...gs].every((l) => ps.has(l))) exact++;
    for (const l of ps) inc(gs.has(l) ? tp : fp, l);
    for (const l of gs) if (!ps.has(l)) inc(fn, l);
  });
  const perClass: Record<string, ClassMetrics> = {};
  let sumTp = 0;
  let sumFp = 0;
  let sumFn = 0;
  let sumF1 = 0;
  for (const l of labels) {
    const t = tp.get(l) ?? 0;
    const f = fp.get(l) ?? 0;
    const n = fn.get(l) ?? 0;
    sumTp += t;
    sumFp += f;
    sumFn += n;
    const precision = t + f > 0 ? t / (t + f) : 0;
    const recall = t + n > 0 ? t / (t + n) : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    sumF1 += f1;
    perClass[l] = { precision, recall, f1, support: t + n };
  }
  const microP = sumTp + sumFp > 0 ? sumTp / (sumTp + sumFp) : 0;
  const microR = sumTp + sumFn > 0 ? sumTp / (sumTp + sumFn) : 0;
  return {
    accuracy: gold.length > 0 ? exact / gold.length : 0,
    microF1: microP + microR > 0 ? (2 * microP * microR) / (microP + microR) : 0,
    macroF1: labels.length > 0 ? sumF1 / labels.length : 0,
    perClass,
    confusion: exclusive ? confusionMatrix(gold, predicted, labels) : binaryCounts(gold, predicted, labels),
    count: gold.length,
  };
}

function confusionMatrix(
  gold: readonly (readonly string[])[],
  predicted: readonly (readonly string[])[],
  labels: string[],
): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const a of labels) out[a] = Object.fromEntries(labels.map((p) => [p, 0]));
  gold.forEach((g, i) => {
    const actual = g[0];
    const guess = predicted[i]?.[0];
    if (actual === undefined) return;
    const row = out[actual]!;
    const key = guess ?? '(abstained)';
    row[key] = (row[key] ?? 0) + 1;
  });
  return out;
}

function binaryCounts(
  gold: readonly (readonly string[])[],
  predicted: readonly (readonly string[])[],
  labels: string[],
): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const l of labels) {
    const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
    gold.forEach((g, i) => {
      const inGold = g.includes(l);
      const inPred = (predicted[i] ?? []).includes(l);
      if (inGold && inPred) c.tp++;
      else if (inPred) c.fp++;
      else if (inGold) c.fn++;
      else c.tn++;
    });
    out[l] = c;
  }
  return out;
}
