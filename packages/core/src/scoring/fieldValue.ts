import type { FieldValue } from '../model/workItem';

// Internal parsing helpers: NaN means "invalid" and never leaves the scoring area.

/**
 * True when a field holds nothing a user typed: absent, null, or blank text.
 *
 * @example
 * isBlank('  '); // => true
 * isBlank(0); // => false
 */
export function isBlank(raw: FieldValue | undefined): raw is null | undefined | '' {
  return raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
}

/**
 * A finite number from a field: numbers as-is, numeric text (`'1,5'` is not accepted: decimal point
 * only, thousands separators `_` and `,` between digit groups are not guessed), otherwise NaN.
 *
 * @example
 * toNumber('2.5'); // => 2.5
 */
export function toNumber(raw: FieldValue | undefined): number {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : Number.NaN;
  if (typeof raw !== 'string') return Number.NaN;
  const text = raw.trim();
  if (text === '' || !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return Number.NaN;
  const n = Number(text);
  return Number.isFinite(n) ? n : Number.NaN;
}

/**
 * A fraction 0–1 from a percentage field, with one unambiguous rule: text ending in `%` is a
 * percentage (`'1%'` → 0.01); a bare number ≤ 1 is already a fraction (0.8, and 1 = 100 %);
 * a bare number in (1, 100] is a percentage (80 → 0.8). Anything else is NaN.
 *
 * @example
 * toFraction(80); // => 0.8
 * toFraction(0.8); // => 0.8
 * toFraction('50%'); // => 0.5
 */
export function toFraction(raw: FieldValue | undefined): number {
  if (typeof raw === 'string' && raw.trim().endsWith('%')) {
    const n = toNumber(raw.trim().slice(0, -1));
    return n >= 0 && n <= 100 ? n / 100 : Number.NaN;
  }
  const n = toNumber(raw);
  if (!(n >= 0)) return Number.NaN;
  if (n <= 1) return n;
  return n <= 100 ? n / 100 : Number.NaN;
}

/**
 * Formats a number for explanations: integers as-is, others to at most 2 decimals (tiny values
 * keep two significant digits rather than reading as 0).
 *
 * @example
 * fmt(26666.6667); // => '26666.67'
 * fmt(0.001234); // => '0.0012'
 */
export function fmt(n: number): string {
  if (Number.isInteger(n)) return String(n);
  const r = Math.round(n * 100) / 100;
  return r === 0 ? n.toPrecision(2) : String(r);
}
