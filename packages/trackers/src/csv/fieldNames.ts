import { SCORING_VOCABULARY, type ScoringField, type ScoringVocabulary } from '@trailmap/core/scoring';
import { CUSTOM_FIELD_PREFIXES } from '../jira/locales/index';

/**
 * Which column feeds which `WorkItem.fields` scoring input. The names and aliases are core's
 * scoring vocabulary (`SCORING_VOCABULARY.fields`); this file only normalises headers. Every
 * function takes the vocabulary as a parameter, defaulting to core's.
 */

/**
 * Every canonical scoring input importers read by name (the numeric ones plus `moscow`).
 *
 * @example
 * SCORING_FIELDS.includes('reach'); // => true
 */
export const SCORING_FIELDS: readonly string[] = SCORING_VOCABULARY.fields
  .filter((f) => f.imports !== undefined)
  .map((f) => f.name);

const byKey = new WeakMap<ScoringVocabulary, ReadonlyMap<string, ScoringField>>();

// Column names are compared after `fieldKey` normalisation (lower-case, `_`, no punctuation).
function aliasTable(vocabulary: ScoringVocabulary): ReadonlyMap<string, ScoringField> {
  let table = byKey.get(vocabulary);
  if (!table) {
    const out = new Map<string, ScoringField>();
    for (const field of vocabulary.fields) {
      if (field.imports === undefined) continue;
      for (const name of [field.name, field.column, ...field.aliases]) {
        const key = fieldKey(name);
        if (!out.has(key)) out.set(key, field);
      }
    }
    table = out;
    byKey.set(vocabulary, table);
  }
  return table;
}

/**
 * The `fields` key for a column: `Custom field (X)` unwrapped, lower-cased, runs of spaces and
 * punctuation turned into `_`.
 *
 * @example
 * fieldKey('Custom field (Time Criticality)'); // => 'time_criticality'
 * fieldKey('RR / OE'); // => 'rr_oe'
 */
export function fieldKey(header: string): string {
  const lower = header.trim().toLowerCase();
  const prefix = ['custom field (', ...CUSTOM_FIELD_PREFIXES].find((p) => lower.startsWith(p));
  const inner = prefix && lower.endsWith(')') ? header.trim().slice(prefix.length, -1) : header;
  return inner
    .trim()
    .toLowerCase()
    .replace(/[%()]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
}

/**
 * The scoring field a column feeds, if it is one (`Custom field (Reach)`, `Reach`,
 * `RICE Reach`, `User-Business Value`, …).
 *
 * @example
 * scoringFieldOf('RR / OE')?.name; // => 'risk_reduction'
 */
export function scoringFieldOf(
  header: string,
  vocabulary: ScoringVocabulary = SCORING_VOCABULARY,
): ScoringField | undefined {
  return aliasTable(vocabulary).get(fieldKey(header));
}

/**
 * The canonical scoring input a column feeds, if it is one (`Custom field (Reach)`, `Reach`,
 * `RICE Reach`, `User-Business Value`, …). `Story Points` is deliberately not `effort`: points
 * measure size, not person-months; map it in the config to use it as effort.
 *
 * @example
 * scoringFieldFor('Custom field (RICE Reach)'); // => 'reach'
 * scoringFieldFor('Custom field (Story Points)'); // => undefined
 */
export function scoringFieldFor(
  header: string,
  vocabulary: ScoringVocabulary = SCORING_VOCABULARY,
): string | undefined {
  return scoringFieldOf(header, vocabulary)?.name;
}

/**
 * Whether a canonical name is a numeric scoring input.
 *
 * @example
 * isNumericScoringField('reach'); // => true
 * isNumericScoringField('moscow'); // => false
 */
export function isNumericScoringField(
  name: string,
  vocabulary: ScoringVocabulary = SCORING_VOCABULARY,
): boolean {
  return vocabulary.fields.some((f) => f.name === name && f.imports === 'number');
}

/**
 * Whether a canonical name is a scoring input importers validate (numeric ones and word scales
 * such as `moscow`), rather than a free custom field.
 *
 * @example
 * isScoringField('moscow'); // => true
 * isScoringField('segment'); // => false
 */
export function isScoringField(name: string, vocabulary: ScoringVocabulary = SCORING_VOCABULARY): boolean {
  return vocabulary.fields.some((f) => f.name === name && f.imports !== undefined);
}
