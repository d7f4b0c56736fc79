import { type FieldValue, parseMoscow } from '@trailmap/core';
import { isNumericScoringField } from '../csv/fieldNames';
import { parseNumber } from './numbers';

/** A cell read as a field value, or why it cannot be. */
export type FieldParse = { ok: true; value: FieldValue } | { ok: false; message: string };

// Intercom's RICE words, so a select field exported as text still scores.
const IMPACT_WORDS: Readonly<Record<string, number>> = {
  massive: 3,
  high: 2,
  medium: 1,
  low: 0.5,
  minimal: 0.25,
};
const CONFIDENCE_WORDS: Readonly<Record<string, number>> = { high: 1, medium: 0.8, low: 0.5, moonshot: 0.2 };

/**
 * Reads one cell as the value of `fields[name]`. Scoring inputs must be non-negative numbers
 * (percentages become fractions: `80%` → 0.8); in `confidence` a bare number above 10 is a
 * percentage too (`80` → 0.8) while 1–10 stays as written (ICE's scale); `impact` also takes Intercom's words; `moscow` becomes
 * `must|should|could|wont`. Other fields become numbers when numeric, else trimmed text.
 *
 * @example
 * parseFieldValue('confidence', '80%'); // => { ok: true, value: 0.8 }
 * parseFieldValue('reach', 'lots'); // => { ok: false, message: '"lots" is not a number' }
 * parseFieldValue('segment', 'SMB'); // => { ok: true, value: 'SMB' }
 */
export function parseFieldValue(name: string, text: string): FieldParse {
  const raw = text.trim();
  if (name === 'moscow') {
    const value = parseMoscow(raw);
    return value
      ? { ok: true, value }
      : { ok: false, message: `"${raw}" is not a MoSCoW priority (Must, Should, Could or Won't have)` };
  }
  if (!isNumericScoringField(name)) {
    const n = parseNumber(raw);
    return { ok: true, value: n ?? raw };
  }
  const word = raw.toLowerCase();
  if (name === 'impact' && IMPACT_WORDS[word] !== undefined) return { ok: true, value: IMPACT_WORDS[word] };
  if (name === 'confidence' && CONFIDENCE_WORDS[word] !== undefined) {
    return { ok: true, value: CONFIDENCE_WORDS[word] };
  }
  const n = parseNumber(raw);
  if (n === undefined) return { ok: false, message: `"${raw}" is not a number` };
  if (n < 0) return { ok: false, message: `${raw} is negative; ${name} must be 0 or more` };
  if (name === 'confidence') {
    // A bare 80 is a percentage; 1–10 is left alone because ICE rates confidence on a 1–10 scale
    // and the scoring framework knows which scale it uses.
    const fraction = n > 10 && !raw.endsWith('%') ? n / 100 : n;
    if (fraction > 1 && (raw.endsWith('%') || n > 10)) {
      return { ok: false, message: `${raw} is above 100%; confidence is a percentage` };
    }
    return { ok: true, value: Number(fraction.toPrecision(12)) };
  }
  return { ok: true, value: n };
}
