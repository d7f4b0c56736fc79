/**
 * Softmax of logits divided by a temperature.
 *
 * @example
 * softmax(Float64Array.of(0, 0), 1); // => [0.5, 0.5]
 */
export function softmax(logits: ArrayLike<number>, temperature: number): number[] {
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < logits.length; i++) max = Math.max(max, logits[i]! / temperature);
  const exps: number[] = [];
  let sum = 0;
  for (let i = 0; i < logits.length; i++) {
    const e = Math.exp(logits[i]! / temperature - max);
    exps.push(e);
    sum += e;
  }
  return exps.map((e) => e / sum);
}

/**
 * The logistic function, safe for large |z|.
 *
 * @example
 * sigmoid(0); // => 0.5
 */
export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/**
 * Temperature scaling: the T in [0.1, 20] minimising held-out negative log-likelihood, by
 * golden-section search over log T (the NLL is unimodal in it).
 *
 * @example
 * fitTemperature([Float64Array.of(10, 0), Float64Array.of(10, 0)], [0, 1]) > 1; // => true
 */
export function fitTemperature(logits: readonly ArrayLike<number>[], targets: readonly number[]): number {
  if (logits.length === 0) return 1;
  const nll = (logT: number): number => {
    const t = Math.exp(logT);
    let sum = 0;
    logits.forEach((z, i) => {
      sum -= Math.log(Math.max(softmax(z, t)[targets[i]!]!, 1e-12));
    });
    return sum;
  };
  // The floor keeps perfectly separated folds (common on small, clean data) from driving every
  // confidence to exactly 1, which would leave nothing to threshold.
  let lo = Math.log(0.1);
  let hi = Math.log(20);
  const phi = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 40; i++) {
    const a = hi - phi * (hi - lo);
    const b = lo + phi * (hi - lo);
    if (nll(a) < nll(b)) hi = b;
    else lo = a;
  }
  return Math.exp((lo + hi) / 2);
}

/**
 * Platt scaling `σ(a·z + b)` by Newton's method on the regularised targets Platt proposed
 * (`(n₊+1)/(n₊+2)`, `1/(n₋+2)`), which keeps a perfectly separated fold from giving a = ∞.
 *
 * @example
 * const { a } = fitPlatt([-2, -1, 1, 2], [0, 0, 1, 1]);
 * a > 0; // => true
 */
export function fitPlatt(scores: readonly number[], labels: readonly number[]): { a: number; b: number } {
  const nPos = labels.filter((y) => y === 1).length;
  const nNeg = labels.length - nPos;
  if (nPos === 0 || nNeg === 0) return { a: 1, b: 0 };
  const hiT = (nPos + 1) / (nPos + 2);
  const loT = 1 / (nNeg + 2);
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 50; iter++) {
    let gA = 0;
    let gB = 0;
    let hAA = 1e-9;
    let hAB = 0;
    let hBB = 1e-9;
    scores.forEach((z, i) => {
      const p = sigmoid(a * z + b);
      const t = labels[i] === 1 ? hiT : loT;
      const d = p - t;
      const w = p * (1 - p);
      gA += d * z;
      gB += d;
      hAA += w * z * z;
      hAB += w * z;
      hBB += w;
    });
    const det = hAA * hBB - hAB * hAB;
    if (Math.abs(det) < 1e-12) break;
    const dA = (hBB * gA - hAB * gB) / det;
    const dB = (hAA * gB - hAB * gA) / det;
    a -= dA;
    b -= dB;
    if (Math.abs(dA) + Math.abs(dB) < 1e-8) break;
  }
  return { a, b };
}
