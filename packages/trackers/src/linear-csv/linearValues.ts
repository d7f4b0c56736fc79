// Linear prefixes cells starting with these with `'` so spreadsheets don't run them as formulas.
const GUARDED = /^'[=+\-@∑√∏<>＜＞≤≥＝≠±÷×]/u;

/**
 * Removes Linear's formula guard: a leading `'` only when a formula character follows.
 *
 * @example
 * stripFormulaGuard("'- [X] done"); // => '- [X] done'
 * stripFormulaGuard("'quoted'"); // => "'quoted'"
 */
export function stripFormulaGuard(text: string): string {
  return GUARDED.test(text) ? text.slice(1) : text;
}

/**
 * Splits Linear's `Labels` cell, joined by `", "` (the same rule as Linear's own importer).
 *
 * @example
 * splitLinearLabels('V1, ✨ Nice-to-have'); // => ['V1', '✨ Nice-to-have']
 */
export function splitLinearLabels(text: string): string[] {
  return [
    ...new Set(
      text
        .split(', ')
        .map((l) => l.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * Splits a list of issue identifiers (`Blocked by`, `Related to`, `Duplicate of`).
 *
 * @example
 * splitIdentifiers('ENG-1, ENG-2'); // => ['ENG-1', 'ENG-2']
 */
export function splitIdentifiers(text: string): string[] {
  return [...new Set(text.split(/\s*[,;]\s*|\s+/).filter(Boolean))];
}
