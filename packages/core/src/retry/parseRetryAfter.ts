/**
 * Milliseconds to wait according to an HTTP `Retry-After` value: delta-seconds (`"120"`,
 * `"1.5"`) or an HTTP date. `undefined` when the header is absent or unreadable, so the caller
 * falls back to its own backoff; a date in the past yields 0.
 *
 * @example
 * parseRetryAfter('2', 0); // => 2000
 * parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:27:00 GMT')); // => 60000
 * parseRetryAfter('soon', 0); // => undefined
 */
export function parseRetryAfter(header: string | null | undefined, now: number): number | undefined {
  if (header === null || header === undefined) return undefined;
  const text = header.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // Only an HTTP date, not any string Date.parse happens to accept (e.g. "-1" or "3").
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
