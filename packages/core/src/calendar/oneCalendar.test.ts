import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { repoRoot } from '@trailmap/test-support';
import { describe, expect, it } from 'vitest';

// The rule: every date on every path goes through core's calendar (day numbers, `today(clock)`),
// never through local-time `Date` methods, whose answer moves with the machine's TZ, nor through
// a second hand-written "today". Each pattern names what to use instead.
const EVERYWHERE: ReadonlyArray<{ pattern: RegExp; use: string }> = [
  {
    pattern: /\.(get|set)(Date|Day|Month|FullYear|Year|Hours|Minutes|Seconds|Milliseconds)\(/,
    use: 'day numbers (toDayNumber/fromDayNumber/addDays) or the getUTC* methods',
  },
  { pattern: /getTimezoneOffset|toLocale(Date|Time)String|\.to(Date|Time)String\(/, use: 'UTC day numbers' },
  { pattern: /toISOString\(\)\.(slice|substring|substr)\(0, ?10\)/, use: 'today(clock) or fromDayNumber' },
  { pattern: /new Date\(\s*\w+\s*,/, use: 'dayOf(year, month, day): new Date(y, m, d) is local time' },
  { pattern: /^import (?!type )[^;]*from 'date-fns'/m, use: "core's calendar (date-fns locales are fine)" },
];
// Core never reads the clock: edges pass `Date.now` in.
const IN_CORE: ReadonlyArray<{ pattern: RegExp; use: string }> = [
  { pattern: /Date\.now\(|new Date\(\)/, use: 'a `clock` or `today` parameter' },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === 'out' || entry.name === 'dist') return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** `file: what to use` for every forbidden date pattern in the packages' code and tests. */
function offences(): string[] {
  const root = repoRoot();
  const calendar = join('packages', 'core', 'src', 'calendar') + sep;
  return sourceFiles(join(root, 'packages')).flatMap((file) => {
    const path = relative(root, file);
    if (path.startsWith(calendar)) return [];
    const text = readFileSync(file, 'utf8');
    const rules = path.startsWith(join('packages', 'core', 'src')) ? [...EVERYWHERE, ...IN_CORE] : EVERYWHERE;
    return rules.filter((r) => r.pattern.test(text)).map((r) => `${path}: use ${r.use}`);
  });
}

describe('one calendar', () => {
  it('no package does local-time Date arithmetic or computes its own "today"', () => {
    expect(offences()).toEqual([]);
  });

  it('the patterns catch what they are meant to', () => {
    const caught = (text: string) => [...EVERYWHERE, ...IN_CORE].some((r) => r.pattern.test(text));
    expect(
      [
        'd.setDate(d.getDate() + 1)',
        'now.getHours()',
        'new Date().toISOString().slice(0, 10)',
        'new Date(2026, 0, 5)',
        "import { addDays } from 'date-fns';",
        'const t = Date.now();',
      ].map(caught),
    ).toEqual([true, true, true, true, true, true]);
    expect(
      [
        'd.getUTCDate()',
        "import type { Locale } from 'date-fns';",
        "import { de } from 'date-fns/locale';",
        'new Date(Math.max(0, ms)).toISOString()',
      ].map(caught),
    ).toEqual([false, false, false, false]);
  });
});
