import { combineHashes, hashString } from './hashString';
import type { PreparedText } from './prepareText';

/** How text becomes a sparse vector; stored in the model so prediction matches training. */
export interface FeatureConfig {
  /** Hash space is `2 ** hashBits`: bounds the model size whatever the vocabulary. */
  hashBits: number;
  /** Smallest and largest character n-gram, taken inside word boundaries. */
  charMin: number;
  charMax: number;
  /** How many times a title token counts relative to a body token. */
  titleWeight: number;
}

/** The defaults: 2^20 buckets, character 2–5-grams, titles count three times. */
export const DEFAULT_FEATURE_CONFIG: FeatureConfig = { hashBits: 20, charMin: 2, charMax: 5, titleWeight: 3 };

/** A sparse vector: sorted, distinct bucket indices and their values. */
export interface SparseVector {
  indices: Int32Array;
  values: Float64Array;
}

const SEED_WORD = 1;
const SEED_CHAR = 3;
const SEED_TITLE = 4;
const TOKEN = /[\p{L}\p{N}_]+(?:'\p{L}+)?/gu;
const MAX_TOKEN = 40;

/**
 * Hashes prepared text into a sparse vector of word unigrams and bigrams, word-bounded character
 * n-grams, and a separate family of title words (so a word in the title can mean something
 * different from the same word in the body). Counts are log-scaled and each family is
 * L2-normalised before the whole vector is, so that a long body cannot drown the title.
 *
 * @example
 * const v = featurise({ title: 'app crashes', body: 'on start' });
 * v.indices.length > 0; // => true
 */
export function featurise(text: PreparedText, config: FeatureConfig = DEFAULT_FEATURE_CONFIG): SparseVector {
  const mask = 2 ** config.hashBits - 1;
  const titleTokens = tokens(text.title);
  const bodyTokens = tokens(text.body);
  const words = new Map<number, number>();
  const chars = new Map<number, number>();
  const title = new Map<number, number>();
  addWords(words, titleTokens, config.titleWeight, SEED_WORD, mask);
  addWords(words, bodyTokens, 1, SEED_WORD, mask);
  addWords(title, titleTokens, 1, SEED_TITLE, mask);
  addChars(chars, titleTokens, config.titleWeight, config, mask);
  addChars(chars, bodyTokens, 1, config, mask);
  return combine([words, chars, title], [1, 1, 0.6]);
}

function tokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TOKEN)) out.push(m[0].length > MAX_TOKEN ? m[0].slice(0, MAX_TOKEN) : m[0]);
  return out;
}

function bump(map: Map<number, number>, key: number, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function addWords(
  map: Map<number, number>,
  toks: string[],
  weight: number,
  seed: number,
  mask: number,
): void {
  let prev = -1;
  for (const tok of toks) {
    const h = hashString(tok, 0, tok.length, seed);
    bump(map, h & mask, weight);
    if (prev >= 0) bump(map, combineHashes(prev, h) & mask, weight);
    prev = h;
  }
}

function addChars(
  map: Map<number, number>,
  toks: string[],
  weight: number,
  config: FeatureConfig,
  mask: number,
): void {
  for (const tok of toks) {
    // Word boundaries as spaces so prefixes and suffixes ('un…', '…ing') are their own grams.
    const padded = ` ${tok} `;
    for (let n = config.charMin; n <= config.charMax; n++) {
      for (let i = 0; i + n <= padded.length; i++)
        bump(map, hashString(padded, i, i + n, SEED_CHAR + n) & mask, weight);
    }
  }
}

function combine(families: Map<number, number>[], weights: number[]): SparseVector {
  const total = new Map<number, number>();
  families.forEach((family, f) => {
    let norm = 0;
    for (const count of family.values()) norm += (1 + Math.log(count)) ** 2;
    if (norm === 0) return;
    const scale = (weights[f] ?? 1) / Math.sqrt(norm);
    for (const [key, count] of family) bump(total, key, (1 + Math.log(count)) * scale);
  });
  const indices = Int32Array.from(total.keys()).sort();
  const values = new Float64Array(indices.length);
  let norm = 0;
  for (const v of total.values()) norm += v * v;
  const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  indices.forEach((key, i) => {
    values[i] = (total.get(key) ?? 0) * inv;
  });
  return { indices, values };
}
