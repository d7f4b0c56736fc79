import type { StatusCategory } from '@trailmap/core';
import { DE } from './de';
import { ES } from './es';
import { FR } from './fr';
import { IT } from './it';
import { JA } from './ja';
import type { JiraLocale } from './jiraLocale';
import { NL } from './nl';
import { PL } from './pl';
import { PT } from './pt';
import { RO } from './ro';

/** Every language Jira exports are read in besides English, one table each. */
export const JIRA_LOCALES: readonly JiraLocale[] = [ES, FR, DE, PT, IT, RO, NL, PL, JA];

/** Localised header (lower-case) → English header, across every language. */
export const LOCALIZED_HEADERS: ReadonlyMap<string, string> = new Map(
  JIRA_LOCALES.flatMap((l) => Object.entries(l.headers)),
);

/** Localised `Custom field (` prefixes, lower-case. */
export const CUSTOM_FIELD_PREFIXES: readonly string[] = [
  ...new Set(JIRA_LOCALES.map((l) => l.customFieldPrefix)),
];

/** Status Category names in every language. */
export const LOCALIZED_CATEGORIES: ReadonlyMap<string, StatusCategory> = new Map(
  JIRA_LOCALES.flatMap((l) => Object.entries(l.categories)),
);

/** Status-name word stems per category, across every language. */
export const LOCALIZED_STATUS_WORDS = {
  done: JIRA_LOCALES.flatMap((l) => l.statusWords.done),
  started: JIRA_LOCALES.flatMap((l) => l.statusWords.started),
  canceled: JIRA_LOCALES.flatMap((l) => l.statusWords.canceled),
} as const;

const INWARD = JIRA_LOCALES.flatMap((l) => l.linkWords.inward);
const OUTWARD = JIRA_LOCALES.flatMap((l) => l.linkWords.outward);

/**
 * A localised issue-link header read as Jira's English one: `Enlace de incidencia de salida
 * (Blocks)` → `outward issue link (blocks)`. The link type name stays as the site names it.
 *
 * @example
 * englishLinkHeader('enlace de incidencias de entrada (blocks)'); // => 'inward issue link (blocks)'
 */
export function englishLinkHeader(normalized: string): string | undefined {
  const m = /^(.+?)\s*\(([^()]+)\)$/.exec(normalized);
  if (!m || CUSTOM_FIELD_PREFIXES.some((p) => normalized.startsWith(p))) return undefined;
  const words = m[1]!;
  // Outward first: "in uscita" vs "in entrata" share "in".
  if (OUTWARD.some((w) => words.includes(w))) return `outward issue link (${m[2]})`;
  if (INWARD.some((w) => words.includes(w))) return `inward issue link (${m[2]})`;
  return undefined;
}
