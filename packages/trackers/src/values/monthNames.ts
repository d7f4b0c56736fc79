import type { Locale } from 'date-fns';
// One subpath per locale: the `date-fns/locale` barrel loads all ~100 locales (about 530
// modules), which cost every CLI command a second of start-up.
import { de } from 'date-fns/locale/de';
import { enUS } from 'date-fns/locale/en-US';
import { es } from 'date-fns/locale/es';
import { fr } from 'date-fns/locale/fr';
import { it } from 'date-fns/locale/it';
import { ja } from 'date-fns/locale/ja';
import { nl } from 'date-fns/locale/nl';
import { pl } from 'date-fns/locale/pl';
import { pt } from 'date-fns/locale/pt';
import { ro } from 'date-fns/locale/ro';

/** The date-fns locales Jira exports are read in, English first (it wins a shared spelling). */
export const DATE_LOCALES: readonly Locale[] = [enUS, es, fr, de, pt, it, ro, nl, pl, ja];

/**
 * Lower-cases a month name and drops dots and accents' variants Jira and spreadsheets produce
 * (`Févr.` → `févr`, `SEPT` → `sept`).
 *
 * @example
 * monthKey('Févr.'); // => 'févr'
 */
export function monthKey(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, '');
}

function buildMonths(): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  const add = (name: string, month: number) => {
    const key = monthKey(name);
    if (key && !out.has(key)) out.set(key, month);
  };
  for (const locale of DATE_LOCALES) {
    const localize = locale.localize;
    for (let m = 0; m < 12; m++) {
      for (const width of ['abbreviated', 'wide'] as const) {
        for (const context of ['formatting', 'standalone'] as const) {
          const name = String(localize.month(m as 0, { width, context }));
          add(name, m + 1);
          // Java's (Jira's) abbreviations are often the first three or four letters of the name.
          if (width === 'wide' && /^\p{L}+$/u.test(name)) {
            add(name.slice(0, 3), m + 1);
            add(name.slice(0, 4), m + 1);
          }
        }
      }
    }
  }
  return out;
}

const MONTHS = buildMonths();

/**
 * The month number (1–12) of a month name or abbreviation in any language Jira exports in,
 * from date-fns' locale data: `Feb`, `ago`, `févr.`, `Mär`, `mrt.`, `sie`, `8月`.
 *
 * @example
 * monthNumber('ago'); // => 8
 * monthNumber('Okt'); // => 10
 */
export function monthNumber(name: string): number | undefined {
  return MONTHS.get(monthKey(name));
}
