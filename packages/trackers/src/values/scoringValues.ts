import type { FieldValue } from '@trailmap/core';
import {
  describeScale,
  importWords,
  readInput,
  SCORING_VOCABULARY,
  type ScoringVocabulary,
  storedValue,
} from '@trailmap/core/scoring';
import { isNumericScoringField } from '../csv/fieldNames';
import { parseNumber } from './numbers';

/** A cell read as a field value, or why it cannot be. */
export type FieldParse = { ok: true; value: FieldValue } | { ok: false; message: string };

/**
 * Reads one cell as the value of `fields[name]`. Scoring inputs must be non-negative numbers
 * (percentages become fractions: `80%` → 0.8); in `confidence` a bare number above 10 is a
 * percentage too (`80` → 0.8) while 1–10 stays as written (ICE's scale). The words of every
 * framework's scale in core's vocabulary read too (`impact` massive → 3, `confidence` medium
 * → 0.8), and word scales such as `moscow` become their first word (`must|should|could|wont`).
 * Other fields become numbers when numeric, else trimmed text.
 *
 * @example
 * parseFieldValue('confidence', '80%'); // => { ok: true, value: 0.8 }
 * parseFieldValue('reach', 'lots'); // => { ok: false, message: '"lots" is not a number' }
 * parseFieldValue('segment', 'SMB'); // => { ok: true, value: 'SMB' }
 */
export function parseFieldValue(
  name: string,
  text: string,
  vocabulary: ScoringVocabulary = SCORING_VOCABULARY,
): FieldParse {
  const raw = text.trim();
  const wordScale = wordScaleOf(name, vocabulary);
  if (wordScale) {
    const value = readInput(wordScale.scale, raw);
    return Number.isNaN(value)
      ? {
          ok: false,
          message: `"${raw}" is not a ${wordScale.column} priority; expected ${describeScale(wordScale.scale)}`,
        }
      : { ok: true, value: storedValue(wordScale.scale, value) };
  }
  if (!isNumericScoringField(name, vocabulary)) {
    const n = parseNumber(raw);
    return { ok: true, value: n ?? raw };
  }
  const words = importWords(vocabulary).get(name);
  const word = words?.get(raw.toLowerCase());
  if (typeof word === 'number') return { ok: true, value: word };
  const parsed = parseNumeric(name, typeof word === 'string' ? word : raw, ratingMaxOf(name, vocabulary));
  // Name the words a framework's scale gives the field, so a retired or misspelt one says what reads.
  if (!parsed.ok && words?.size && parseNumber(raw) === undefined)
    return {
      ok: false,
      message: `${parsed.message} or one of the ${name} words: ${[...words.keys()].join(', ')}`,
    };
  return parsed;
}

// A field some framework rates 1–N while others read it as a fraction (ICE's 1–10 confidence):
// N, so a bare number up to N is kept as written and one above it is a percentage.
function ratingMaxOf(name: string, vocabulary: ScoringVocabulary): number | undefined {
  let max: number | undefined;
  for (const inputs of Object.values(vocabulary.frameworks)) {
    for (const { field, scale } of inputs) {
      if (field.name === name && scale.reads === 'share-of-10' && scale.max !== undefined)
        max = Math.max(max ?? 0, scale.max);
    }
  }
  return max;
}

// The scale of a field importers read as words (MoSCoW), from the first framework that asks for it.
function wordScaleOf(name: string, vocabulary: ScoringVocabulary) {
  const field = vocabulary.fields.find((f) => f.name === name);
  if (field?.imports !== 'word') return undefined;
  for (const inputs of Object.values(vocabulary.frameworks)) {
    const input = inputs.find((i) => i.field.name === name);
    if (input) return { column: field.column, scale: input.scale };
  }
  return undefined;
}

function parseNumeric(name: string, raw: string, ratingMax: number | undefined): FieldParse {
  const n = parseNumber(raw);
  if (n === undefined) return { ok: false, message: `"${raw}" is not a number` };
  if (n < 0) return { ok: false, message: `${raw} is negative; ${name} must be 0 or more` };
  if (ratingMax !== undefined) {
    // A bare 80 is a percentage; 1–10 is left alone because ICE rates confidence on a 1–10 scale
    // and the scoring framework knows which scale it uses.
    const fraction = n > ratingMax && !raw.endsWith('%') ? n / 100 : n;
    if (fraction > 1 && (raw.endsWith('%') || n > ratingMax)) {
      return { ok: false, message: `${raw} is above 100%; ${name} is a percentage` };
    }
    return { ok: true, value: Number(fraction.toPrecision(12)) };
  }
  return { ok: true, value: n };
}
