import { DEFAULT_SIMILARITY_THRESHOLDS, type SimilarityThresholds } from '../feedback/findSimilar';
import { seededRandom } from '../random/seededRandom';
import { createDuplicateIndex, type DuplicateIndex } from './duplicateIndex';
import type { DuplicateDoc } from './duplicateTerms';
import type { KnownDuplicate } from './evaluateDuplicates';

/** Options of {@link fitDuplicateThresholds}. */
export interface ThresholdTargets {
  /** Precision the link threshold must reach. Default 0.95. */
  link?: number;
  /** Precision the suggest threshold must reach. Default 0.70. */
  suggest?: number;
  /** Fewer usable known pairs than this: keep the defaults. Default 20. */
  minPairs?: number;
  /** Reports without a known duplicate sampled as queries (weighted up to all). Default 1000. */
  sample?: number;
  seed?: number;
}

/** Thresholds for one workspace, with how they were obtained and what they achieve. */
export interface FittedThresholds extends SimilarityThresholds {
  source: 'learnt' | 'default';
  /** Known pairs with both reports present (the evidence). */
  knownPairs: number;
  /** Why the defaults were kept, or that a target could not be met. */
  notes: string[];
  /** Estimated on the known pairs; `undefined` with the defaults (nothing to measure on). */
  linkPrecision?: number;
  linkRecall?: number;
  suggestPrecision?: number;
  suggestRecall?: number;
}

/**
 * Learns link and suggest thresholds from a workspace's own duplicates (Jira "Duplicate" links
 * and resolutions, Linear `duplicateOf`): each report known to duplicate another is queried, and
 * its best match is a hit when it is a known duplicate of it; a seeded sample of the other
 * reports is queried too, their best match counting as a false alarm (weighted to the whole
 * workspace, since most new issues have no duplicate). The link threshold is the lowest score
 * whose matches reach the link precision, likewise for suggest. Unknown duplicates count as
 * false alarms, so the precision stated is a lower estimate. With fewer than `minPairs` known
 * pairs the defaults are kept, and the notes say so.
 *
 * @example
 * const t = fitDuplicateThresholds(docs, knownPairs);
 * t.source; // => 'learnt'
 * t.link; // => 0.41
 */
export function fitDuplicateThresholds(
  docs: readonly DuplicateDoc[],
  pairs: readonly KnownDuplicate[],
  targets: ThresholdTargets = {},
  index: DuplicateIndex = createDuplicateIndex(docs),
): FittedThresholds {
  const linkTarget = targets.link ?? 0.95;
  const suggestTarget = targets.suggest ?? 0.7;
  const minPairs = targets.minPairs ?? 20;
  const byId = new Map(docs.map((d) => [d.id, d]));
  const group = new Map<string, Set<string>>();
  let knownPairs = 0;
  for (const p of pairs) {
    if (!byId.has(p.duplicate) || !byId.has(p.original) || p.duplicate === p.original) continue;
    knownPairs++;
    const merged = new Set([
      ...(group.get(p.duplicate) ?? [p.duplicate]),
      ...(group.get(p.original) ?? [p.original]),
    ]);
    for (const id of merged) group.set(id, merged);
  }
  if (knownPairs < minPairs) {
    return {
      ...DEFAULT_SIMILARITY_THRESHOLDS,
      source: 'default',
      knownPairs,
      notes: [
        `only ${knownPairs} known duplicate pairs (fewer than ${minPairs}): using the default thresholds (link ${DEFAULT_SIMILARITY_THRESHOLDS.link}, suggest ${DEFAULT_SIMILARITY_THRESHOLDS.suggest}); mark duplicates in the tracker to calibrate`,
      ],
    };
  }
  const decisions: { score: number; hit: boolean; weight: number }[] = [];
  const queried = new Set(pairs.map((p) => p.duplicate).filter((id) => group.has(id)));
  for (const id of queried) {
    const [top] = index.query(byId.get(id)!, { limit: 1, exclude: [id] });
    if (top) decisions.push({ score: top.score, hit: group.get(id)!.has(top.id), weight: 1 });
  }
  const others = docs.filter((d) => !group.has(d.id));
  const random = seededRandom(targets.seed ?? 11);
  const sample = [...others];
  for (let i = sample.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [sample[i], sample[j]] = [sample[j]!, sample[i]!];
  }
  const taken = sample.slice(0, targets.sample ?? 1000);
  const weight = taken.length ? others.length / taken.length : 0;
  for (const d of taken) {
    const [top] = index.query(d, { limit: 1, exclude: [d.id] });
    if (top) decisions.push({ score: top.score, hit: false, weight });
  }
  decisions.sort((a, b) => b.score - a.score);
  const notes: string[] = [];
  const fit = (target: number, name: string) => {
    let hits = 0;
    let alarms = 0;
    let best: { threshold: number; precision: number; recall: number } | undefined;
    for (let i = 0; i < decisions.length; i++) {
      const d = decisions[i]!;
      if (d.hit) hits++;
      else alarms += d.weight;
      // Only cut between distinct scores: a threshold takes all matches at its score.
      if (i + 1 < decisions.length && decisions[i + 1]!.score === d.score) continue;
      const precision = hits / (hits + alarms);
      if (precision >= target && hits > 0)
        best = { threshold: d.score, precision, recall: hits / queried.size };
    }
    if (!best) notes.push(`no threshold reaches ${pct(target)} precision for ${name}; ${name} is off`);
    return best;
  };
  const link = fit(linkTarget, 'linking');
  const suggest = fit(suggestTarget, 'suggesting');
  const never = 1.000001;
  const linkAt = link?.threshold ?? never;
  return {
    source: 'learnt',
    knownPairs,
    notes,
    link: linkAt,
    // Suggesting never starts above linking.
    suggest: Math.min(suggest?.threshold ?? never, linkAt),
    ...(link ? { linkPrecision: link.precision, linkRecall: link.recall } : {}),
    ...(suggest ? { suggestPrecision: suggest.precision, suggestRecall: suggest.recall } : {}),
  };
}

function pct(x: number): string {
  return `${Math.round(x * 100)} %`;
}
