import type { StatusCategory } from '@trailmap/core';

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

/**
 * Linear's state type inferred from the export's timestamps (it has no type column):
 * Canceled or Completed set → done, Started set → in progress, else by status name.
 *
 * @example
 * mapLinearStatusCategory({ status: 'In Review', started: true }); // => 'in_progress'
 * mapLinearStatusCategory({ status: 'Backlog' }); // => 'todo'
 */
export function mapLinearStatusCategory(input: {
  status: string;
  started?: boolean;
  completed?: boolean;
  canceled?: boolean;
}): StatusCategory {
  if (input.canceled || input.completed) return 'done';
  if (input.started) return 'in_progress';
  const s = input.status.toLowerCase();
  if (/(done|complete|cancel|duplicate|shipped|released|closed)/.test(s)) return 'done';
  if (/(progress|review|testing|\bqa\b|started|doing)/.test(s)) return 'in_progress';
  return 'todo';
}

/**
 * Whether a Linear issue was canceled: its `Canceled` timestamp is set, or (when the export
 * lacks timestamps) its done status is named like `Canceled` or `Duplicate`.
 *
 * @example
 * mapLinearCanceled({ status: 'Canceled', category: 'done' }); // => true
 */
export function mapLinearCanceled(input: {
  status: string;
  category: StatusCategory;
  canceled?: boolean;
}): boolean {
  if (input.canceled) return true;
  return input.category === 'done' && /(cancel|duplicate|won'?t)/i.test(input.status);
}

/** Linear's issue priorities, in Linear's order (0 = none). */
export const LINEAR_PRIORITIES = ['No priority', 'Urgent', 'High', 'Medium', 'Low'] as const;

/**
 * Normalises a Linear priority cell (`Urgent`, `high`, `2`) to Linear's name; `No priority`
 * and empty cells give `undefined`.
 *
 * @example
 * mapLinearPriority('2'); // => 'High'
 * mapLinearPriority('No priority'); // => undefined
 */
export function mapLinearPriority(text: string): string | undefined {
  const s = text.trim();
  if (s === '') return undefined;
  const byNumber = /^[0-4]$/.test(s) ? LINEAR_PRIORITIES[Number(s)] : undefined;
  const name = byNumber ?? LINEAR_PRIORITIES.find((p) => p.toLowerCase() === s.toLowerCase()) ?? s;
  return name === 'No priority' ? undefined : name;
}
