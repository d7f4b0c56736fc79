import { seededRandom } from '../random/seededRandom';
/**
 * Assigns each row to one of `k` folds so that every stratum (label) is spread evenly, after a
 * seeded shuffle: the same data, k and seed always give the same folds.
 *
 * @example
 * stratifiedFolds(['a', 'a', 'b', 'b'], 2, 1); // => each fold holds one 'a' and one 'b'
 */
export function stratifiedFolds(strata: readonly string[], k: number, seed: number): Int32Array {
  const folds = new Int32Array(strata.length);
  const byStratum = new Map<string, number[]>();
  strata.forEach((s, i) => {
    const list = byStratum.get(s) ?? [];
    list.push(i);
    byStratum.set(s, list);
  });
  const random = seededRandom(seed);
  let offset = 0;
  for (const key of [...byStratum.keys()].sort()) {
    const rows = shuffle(byStratum.get(key)!, random);
    // Continue the round-robin across strata so small strata do not all start in fold 0.
    rows.forEach((row, i) => {
      folds[row] = (offset + i) % k;
    });
    offset = (offset + rows.length) % k;
  }
  return folds;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
