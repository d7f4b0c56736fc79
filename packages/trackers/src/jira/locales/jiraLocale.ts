import type { StatusCategory } from '@trailmap/core';

/**
 * How a Jira export reads in one language: header names (→ the English header), the
 * `Custom field (X)` prefix, the words in issue-link headers for each direction, Status
 * Category names, and status-name words for exports without a Status Category column.
 */
export interface JiraLocale {
  language: string;
  /** Localised header, lower-case → English header, lower-case. */
  headers: Readonly<Record<string, string>>;
  /** Lower-case prefix written instead of `custom field (`. */
  customFieldPrefix: string;
  /** Words that mark an issue-link header's direction (`Enlace de entrada (Blocks)`). */
  linkWords: { inward: readonly string[]; outward: readonly string[] };
  /** Status Category display names, lower-case. */
  categories: Readonly<Record<string, StatusCategory>>;
  /** Lower-case word stems in status names. */
  statusWords: { done: readonly string[]; started: readonly string[]; canceled: readonly string[] };
}
