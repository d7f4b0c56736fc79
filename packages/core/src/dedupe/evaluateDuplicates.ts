import { createDuplicateIndex, type DuplicateIndex } from './duplicateIndex';
import type { DuplicateDoc } from './duplicateTerms';

/** A known duplicate: `duplicate` is a report that repeats `original`. */
export interface KnownDuplicate {
  duplicate: string;
  original: string;
}

/** Ranking quality over known duplicates. */
export interface DuplicateEvaluation {
  /** Pairs evaluated (both ids among the documents, not the same id, each pair once). */
  pairs: number;
  /** Share of pairs whose original ranks in the top k for the duplicate. */
  recallAt: { 1: number; 5: number; 10: number };
  /** Mean reciprocal rank of the original. */
  mrr: number;
  /** Per evaluated pair, the original's 1-based rank among every other document. */
  ranks: { duplicate: string; original: string; rank: number }[];
}

/**
 * Something that scores every document for a query: the BM25F index by default; benchmarks pass
 * other rankers (the old TF-IDF cosine, MinHash-LSH) to compare on the same pairs.
 */
export type Ranker = (query: DuplicateDoc) => Map<string, number>;

/**
 * For each known pair, ranks every other document for the duplicate and reports where the
 * original lands: Recall@1/5/10 and MRR. Ties rank in document order, except that an original
 * sharing no term with the query (score 0) ranks after every other document, never a hit by luck.
 *
 * @example
 * evaluateDuplicates(docs, [{ duplicate: 'B-2', original: 'B-1' }]).recallAt[10]; // => 1
 */
export function evaluateDuplicates(
  docs: readonly DuplicateDoc[],
  pairs: readonly KnownDuplicate[],
  ranker?: Ranker | DuplicateIndex,
): DuplicateEvaluation {
  const byId = new Map<string, { doc: DuplicateDoc; order: number }>();
  docs.forEach((doc, order) => {
    if (!byId.has(doc.id)) byId.set(doc.id, { doc, order });
  });
  const rank: Ranker =
    typeof ranker === 'function'
      ? ranker
      : (() => {
          const index = ranker ?? createDuplicateIndex([...byId.values()].map((e) => e.doc));
          return (q: DuplicateDoc) => index.scoreAll(q);
        })();
  const seen = new Set<string>();
  const ranks: DuplicateEvaluation['ranks'] = [];
  for (const pair of pairs) {
    const query = byId.get(pair.duplicate);
    const target = byId.get(pair.original);
    const key = `${pair.duplicate}\u0000${pair.original}`;
    if (!query || !target || pair.duplicate === pair.original || seen.has(key)) continue;
    seen.add(key);
    const scores = rank(query.doc);
    const s = scores.get(pair.original) ?? 0;
    let position = 1;
    for (const [id, score] of scores) {
      if (id === pair.original || id === pair.duplicate) continue;
      if (score > s || (score === s && (s === 0 || (byId.get(id)?.order ?? Infinity) < target.order)))
        position++;
    }
    ranks.push({ duplicate: pair.duplicate, original: pair.original, rank: position });
  }
  const n = ranks.length;
  const share = (k: number) => (n ? ranks.filter((r) => r.rank <= k).length / n : 0);
  return {
    pairs: n,
    recallAt: { 1: share(1), 5: share(5), 10: share(10) },
    mrr: n ? ranks.reduce((sum, r) => sum + 1 / r.rank, 0) / n : 0,
    ranks,
  };
}
