/**
 * Parses a number as trackers and spreadsheets write it: `4`, `4.0`, `-2.5`, `1,200` (thousands),
 * `4,5` (decimal comma, as in semicolon-delimited exports), `1.200,5` and `1.200.000` (European
 * grouping), `80%` (returned as the fraction 0.8). A lone `1.200` stays 1.2.
 * Returns `undefined` for anything else, never `NaN`.
 *
 * @example
 * parseNumber('4.0'); // => 4
 * parseNumber('80%'); // => 0.8
 * parseNumber('1,200'); // => 1200
 * parseNumber('lots'); // => undefined
 */
export function parseNumber(text: string): number | undefined {
  let s = text.trim().replace(/[\u00a0\u202f]/g, ' ');
  if (s === '') return undefined;
  let scale = 1;
  if (s.endsWith('%')) {
    scale = 0.01;
    s = s.slice(0, -1).trim();
  }
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s) || /^[+-]?\d{1,3}( \d{3})+(\.\d+)?$/.test(s)) {
    s = s.replace(/[, ]/g, '');
  } else if (/^[+-]?\d{1,3}(\.\d{3})+,\d+$/.test(s) || /^[+-]?\d{1,3}(\.\d{3}){2,}$/.test(s)) {
    // European grouping (`1.200,5`, `1.200.000`): unambiguous, unlike a lone `1.200`.
    s = s.replace(/\./g, '').replace(',', '.');
  } else if (/^[+-]?\d+,\d+$/.test(s)) {
    s = s.replace(',', '.');
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return undefined;
  const n = Number(s) * scale;
  if (!Number.isFinite(n)) return undefined;
  // Percent arithmetic would otherwise leak float noise such as 0.07 → 0.07000000000000001.
  return scale === 1 ? n : Number(n.toPrecision(12));
}
