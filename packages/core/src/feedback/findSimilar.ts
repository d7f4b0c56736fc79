import { lshCandidates, minHashSignature } from './minHash';
import { cosine, type SimilarityIndex, similarityTerms, vectorFor } from './similarityIndex';

/** Similarity thresholds; the defaults link at 0.92 and suggest from 0.80 (cosine). */
export interface SimilarityThresholds {
  /** At or above: a likely duplicate, linked automatically (unless distinct). */
  link: number;
  /** At or above: related, suggested to a human. */
  suggest: number;
}

/** The default thresholds. */
export const DEFAULT_SIMILARITY_THRESHOLDS: SimilarityThresholds = { link: 0.92, suggest: 0.8 };

/** How a match relates to the query. */
export type SimilarityVerdict = 'duplicate' | 'related' | 'similar-but-distinct';

/** One match of {@link findSimilar}. */
export interface SimilarMatch {
  id: string;
  /** TF-IDF cosine, 0–1. */
  score: number;
  verdict: SimilarityVerdict;
  /** For `similar-but-distinct`: the key terms that differ, e.g. `platform: ios ≠ android`. */
  conflicts: string[];
}

/** Options of {@link findSimilar}. */
export interface FindSimilarOptions {
  thresholds?: Partial<SimilarityThresholds>;
  /** Most matches returned. Default 5. */
  limit?: number;
  /** Ids never returned (the query itself when it is in the index). */
  exclude?: readonly string[];
}

// Terms that, when both texts name one from the same family but not the same one, make two
// otherwise alike texts about different things ("export to PDF" vs "export to CSV").
const FAMILIES: Record<string, readonly string[]> = {
  platform: [
    'ios',
    'iphone',
    'ipad',
    'android',
    'windows',
    'mac',
    'macos',
    'linux',
    'web',
    'desktop',
    'mobile',
  ],
  browser: ['chrome', 'firefox', 'safari', 'edge', 'opera'],
  format: [
    'pdf',
    'csv',
    'xlsx',
    'excel',
    'json',
    'xml',
    'png',
    'jpg',
    'jpeg',
    'svg',
    'markdown',
    'html',
    'docx',
    'word',
  ],
  integration: [
    'slack',
    'teams',
    'jira',
    'linear',
    'github',
    'gitlab',
    'zapier',
    'salesforce',
    'hubspot',
    'zendesk',
    'intercom',
  ],
  direction: ['import', 'export', 'upload', 'download'],
  polarity: ['enable', 'disable', 'add', 'remove', 'show', 'hide', 'increase', 'decrease'],
};

/**
 * Finds the indexed documents most similar to a text (TF-IDF cosine), with a verdict: a
 * `duplicate` at or above the link threshold, `related` at or above the suggest threshold,
 * and `similar-but-distinct` when the texts overlap but disagree on a key term (a number or
 * version, a platform, a file format, an integration, a direction like import/export) — the
 * guard against merging "Export to PDF" into "Export to CSV". Every document is compared unless
 * the index was built with `lshFrom`; duplicate search over a whole tracker uses
 * `createDuplicateIndex` instead.
 *
 * @example
 * findSimilar(index, { title: 'Export to PDF please' }); // => [{ id: 'PM-1', score: 0.95, verdict: 'duplicate', conflicts: [] }]
 */
export function findSimilar(
  index: SimilarityIndex,
  text: { title: string; body?: string },
  options: FindSimilarOptions = {},
): SimilarMatch[] {
  const thresholds = { ...DEFAULT_SIMILARITY_THRESHOLDS, ...options.thresholds };
  const query = vectorFor(index, text.title, text.body ?? '');
  const raw = `${text.title}\n${text.body ?? ''}`;
  const exclude = new Set(options.exclude ?? []);
  const candidates = index.lsh
    ? lshCandidates(index.lsh, minHashSignature(new Set(similarityTerms(text.title, text.body ?? ''))))
    : index.ids.map((_, i) => i);
  const matches: SimilarMatch[] = [];
  for (const i of candidates) {
    const id = index.ids[i]!;
    if (exclude.has(id)) continue;
    const score = cosine(query, index.vectors[i]!);
    if (score < thresholds.suggest) continue;
    const conflicts = keyTermConflicts(raw, index.terms[i]!, new Set(query.keys()));
    const verdict: SimilarityVerdict =
      conflicts.length > 0 ? 'similar-but-distinct' : score >= thresholds.link ? 'duplicate' : 'related';
    matches.push({ id, score, verdict, conflicts });
  }
  return matches.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)).slice(0, options.limit ?? 5);
}

function keyTermConflicts(rawQuery: string, other: Set<string>, query: Set<string>): string[] {
  const out: string[] = [];
  for (const [family, members] of Object.entries(FAMILIES)) {
    const mine = members.filter((m) => query.has(m));
    const theirs = members.filter((m) => other.has(m));
    if (mine.length && theirs.length && !mine.some((m) => theirs.includes(m))) {
      out.push(`${family}: ${mine.join('/')} ≠ ${theirs.join('/')}`);
    }
  }
  const numbers = new Set(rawQuery.match(/\b\d+(?:\.\d+)*\b/g) ?? []);
  const otherNumbers = [...other].filter((t) => /^\d+$/.test(t));
  const mineNumbers = [...numbers].filter((n) => /^\d+$/.test(n) && query.has(n));
  if (mineNumbers.length && otherNumbers.length && !mineNumbers.some((n) => otherNumbers.includes(n))) {
    out.push(`number: ${mineNumbers.join('/')} ≠ ${otherNumbers.join('/')}`);
  }
  return out;
}
