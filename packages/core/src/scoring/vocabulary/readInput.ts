import type { FieldValue } from '../../model/workItem';
import { toFraction, toNumber } from '../fieldValue';
import type { InputScale } from './inputSpec';

const wordTables = new WeakMap<InputScale, ReadonlyMap<string, number>>();

function wordTable(scale: InputScale): ReadonlyMap<string, number> {
  let table = wordTables.get(scale);
  if (!table) {
    table = new Map(
      (scale.named ?? []).flatMap((n) => n.words.map((w) => [w.toLowerCase(), n.value] as const)),
    );
    wordTables.set(scale, table);
  }
  return table;
}

/**
 * The key a word is looked up by: the trimmed lower-case text, or for `first-word` scales its
 * first word with apostrophes dropped, so `Must-have`, `M - Must` and `Won't have (this time)`
 * read and `Mustard` does not.
 *
 * @example
 * wordKey({ reads: 'first-word' }, "Won't have (this time)"); // => 'wont'
 * wordKey({ reads: 'number' }, ' Massive '); // => 'massive'
 */
export function wordKey(scale: InputScale, text: string): string {
  const lower = text.trim().toLowerCase();
  if (scale.reads !== 'first-word') return lower;
  return (
    lower
      .replace(/[’'`]/g, '')
      .replace(/[^a-z]+/g, ' ')
      .trim()
      .split(' ')[0] ?? ''
  );
}

// ICE rates 1–10, but importers store confidence as a fraction 0–1 (RICE's convention), so a
// fraction or percentage is a share of 10 (0.8 and "80%" → 8) and a bare number above 1 is 1–10.
function shareOfTen(raw: FieldValue): number {
  if (typeof raw === 'string' && raw.trim().endsWith('%')) return toFraction(raw) * 10;
  const n = toNumber(raw);
  return n <= 1 ? n * 10 : n;
}

/**
 * Whether a number lies on the scale: one of `values` for a closed scale, else within
 * `min`/`max`.
 *
 * @example
 * onScale({ reads: 'number', values: [1, 2, 3] }, 2); // => true
 * onScale({ reads: 'number', min: 0, minExclusive: true }, 0); // => false
 */
export function onScale(scale: InputScale, n: number): boolean {
  if (Number.isNaN(n)) return false;
  if (scale.values) return scale.values.includes(n);
  if (scale.min !== undefined && (scale.minExclusive ? !(n > scale.min) : !(n >= scale.min))) return false;
  return scale.max === undefined || n <= scale.max;
}

/**
 * Reads a raw field value on a scale: one of its words, else a number read as the scale says
 * (`fraction`: 80, 0.8 and "80%" are 0.8), kept only when on the scale. NaN when invalid: the
 * one parser behind every framework's factors, so a word or a range declared in the vocabulary
 * is what scoring accepts.
 *
 * @example
 * readInput({ reads: 'number', values: [3, 2, 1], named: [{ value: 3, words: ['massive'] }] }, 'Massive'); // => 3
 * readInput({ reads: 'fraction', min: 0, max: 1 }, '60%'); // => 0.6
 */
export function readInput(scale: InputScale, raw: FieldValue): number {
  if (typeof raw === 'string' && scale.named) {
    const named = wordTable(scale).get(wordKey(scale, raw));
    if (named !== undefined) return named;
  }
  let n: number;
  switch (scale.reads) {
    case 'word':
    case 'first-word':
      return Number.NaN;
    case 'fraction':
      n = toFraction(raw);
      break;
    case 'share-of-10':
      n = shareOfTen(raw);
      break;
    default:
      n = toNumber(raw);
  }
  return onScale(scale, n) ? n : Number.NaN;
}
