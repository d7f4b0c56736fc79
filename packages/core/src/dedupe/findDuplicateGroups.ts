import type { SimilarityThresholds } from '../feedback/findSimilar';
import { createDuplicateIndex, type DuplicateIndex } from './duplicateIndex';
import type { DuplicateDoc } from './duplicateTerms';

/** Two reports that look alike, scored by {@link DuplicateIndex} (0–1). */
export interface ScoredPair {
  a: string;
  b: string;
  score: number;
  verdict: 'duplicate' | 'related';
}

/** Likely duplicate groups and weaker suggestions, from {@link findDuplicateGroups}. */
export interface DuplicateGroups {
  /** Reports connected by pairs at or above the link threshold, largest group first. */
  groups: { ids: string[]; pairs: ScoredPair[] }[];
  /** Pairs between the suggest and link thresholds, for a human to look at. */
  suggestions: ScoredPair[];
}

/**
 * Groups reports that are likely duplicates of each other: every report is queried against one
 * index of all of them (whatever tracker each came from), each pair is scored once (the better
 * of its two directions), pairs at or above the link threshold join groups (transitively), and
 * pairs at or above the suggest threshold are listed as suggestions. Nothing is merged or closed.
 *
 * @example
 * findDuplicateGroups(docs, { link: 0.6, suggest: 0.4 }).groups[0]?.ids; // => ['ENG-12', 'PM-7']
 */
export function findDuplicateGroups(
  docs: readonly DuplicateDoc[],
  thresholds: SimilarityThresholds,
  index: DuplicateIndex = createDuplicateIndex(docs),
): DuplicateGroups {
  const best = new Map<string, ScoredPair>();
  for (const doc of docs) {
    for (const m of index.query(doc, { limit: 5, exclude: [doc.id] })) {
      if (m.score < thresholds.suggest) break;
      const [a, b] = doc.id < m.id ? [doc.id, m.id] : [m.id, doc.id];
      const key = `${a}\u0000${b}`;
      if ((best.get(key)?.score ?? -1) >= m.score) continue;
      best.set(key, { a, b, score: m.score, verdict: m.score >= thresholds.link ? 'duplicate' : 'related' });
    }
  }
  const pairs = [...best.values()].sort((x, y) => y.score - x.score || (x.a < y.a ? -1 : 1));
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let r = id;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(id, r);
    return r;
  };
  const links = pairs.filter((p) => p.verdict === 'duplicate');
  for (const p of links) {
    const [ra, rb] = [root(p.a), root(p.b)];
    if (ra !== rb) parent.set(rb, ra);
  }
  const byRoot = new Map<string, { ids: Set<string>; pairs: ScoredPair[] }>();
  for (const p of links) {
    const r = root(p.a);
    const g = byRoot.get(r) ?? { ids: new Set<string>(), pairs: [] };
    g.ids.add(p.a).add(p.b);
    g.pairs.push(p);
    byRoot.set(r, g);
  }
  return {
    groups: [...byRoot.values()]
      .map((g) => ({ ids: [...g.ids].sort(), pairs: g.pairs }))
      .sort((x, y) => y.ids.length - x.ids.length || (x.ids[0]! < y.ids[0]! ? -1 : 1)),
    suggestions: pairs.filter((p) => p.verdict === 'related'),
  };
}
