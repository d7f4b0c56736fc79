/**
 * Wraps a line logger so a failure that every request repeats (a full disk, a paused database)
 * is logged once per `windowMs` and key, with how many were left out, instead of once per
 * request: an outage must not bury the log (5,000 identical lines in a few seconds).
 *
 * @example
 * const warn = throttledLog(console.error, 10_000, Date.now);
 * warn('storage', 'webhook not stored: SQLITE_FULL: database or disk is full');
 */
export function throttledLog(
  log: (line: string) => void,
  windowMs: number,
  now: () => number,
): (key: string, line: string) => void {
  const last = new Map<string, { at: number; suppressed: number }>();
  return (key, line) => {
    const at = now();
    const seen = last.get(key);
    if (seen && at - seen.at < windowMs) {
      seen.suppressed++;
      return;
    }
    log(seen?.suppressed ? `${line} (${seen.suppressed} more like it since the last report)` : line);
    last.set(key, { at, suppressed: 0 });
  };
}
