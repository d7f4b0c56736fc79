import { seededRandom } from '../random/seededRandom';
import { hashString } from './hashString';

/** MinHash/LSH settings: `bands × rows` hash functions. */
export interface LshOptions {
  bands: number;
  rows: number;
  seed?: number;
}

/**
 * Defaults: 32 bands of 4 rows. A pair with Jaccard similarity s becomes a candidate with
 * probability 1 − (1 − s⁴)³²: about 0.99 at s = 0.5 and 0.2 at s = 0.2, so near-duplicates are
 * found while most unrelated documents are never compared.
 */
export const DEFAULT_LSH: LshOptions = { bands: 32, rows: 4, seed: 7 };

/** Buckets of document positions sharing a band signature. */
export interface LshIndex {
  options: LshOptions;
  buckets: Map<string, number[]>;
}

/**
 * The MinHash signature of a set of terms.
 *
 * @example
 * minHashSignature(['a', 'b'], DEFAULT_LSH).length; // => 128
 */
export function minHashSignature(terms: Iterable<string>, options: LshOptions = DEFAULT_LSH): Uint32Array {
  const count = options.bands * options.rows;
  const random = seededRandom(options.seed ?? 7);
  const a = Uint32Array.from({ length: count }, () => (Math.floor(random() * 0xffffffff) | 1) >>> 0);
  const b = Uint32Array.from({ length: count }, () => Math.floor(random() * 0xffffffff) >>> 0);
  const sig = new Uint32Array(count).fill(0xffffffff);
  for (const t of terms) {
    const h = hashString(t);
    for (let i = 0; i < count; i++) {
      const v = (Math.imul(a[i]!, h) + b[i]!) >>> 0;
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/**
 * Indexes signatures into LSH band buckets.
 *
 * @example
 * const lsh = buildLsh([minHashSignature(['a'])]);
 */
export function buildLsh(signatures: readonly Uint32Array[], options: LshOptions = DEFAULT_LSH): LshIndex {
  const buckets = new Map<string, number[]>();
  signatures.forEach((sig, doc) => {
    for (const key of bandKeys(sig, options)) {
      const list = buckets.get(key) ?? [];
      list.push(doc);
      buckets.set(key, list);
    }
  });
  return { options, buckets };
}

/**
 * Positions of documents sharing at least one band with the signature.
 *
 * @example
 * lshCandidates(lsh, minHashSignature(['a'])); // => [0]
 */
export function lshCandidates(index: LshIndex, signature: Uint32Array): number[] {
  const out = new Set<number>();
  for (const key of bandKeys(signature, index.options))
    for (const doc of index.buckets.get(key) ?? []) out.add(doc);
  return [...out].sort((x, y) => x - y);
}

function bandKeys(sig: Uint32Array, options: LshOptions): string[] {
  const keys: string[] = [];
  for (let band = 0; band < options.bands; band++) {
    keys.push(
      `${band}:${Array.from(sig.subarray(band * options.rows, (band + 1) * options.rows)).join(',')}`,
    );
  }
  return keys;
}
