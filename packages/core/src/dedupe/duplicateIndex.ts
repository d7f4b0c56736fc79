import {
  bm25Idf,
  DEFAULT_DUPLICATE_SCORING,
  type DuplicateScoring,
  FIELD_COUNT,
  fieldParameters,
  pseudoFrequency,
  saturate,
} from './duplicateScoring';
import { DUPLICATE_FIELDS, type DuplicateDoc, duplicateTerms } from './duplicateTerms';
import { fieldNorms, pseudoFrequencyFromNorms } from './fieldNorms';
import { maxScoreTopK, type ScoredTerm } from './maxScoreTopK';
import { packFieldCounts } from './packFieldCounts';
import { appendPosting, createPostingList, type PostingList, removePosting } from './postingList';
import { kthBestScore, topSlots } from './topSlots';

// Re-exported from here as before the split, so importers of './duplicateIndex' keep working.
export { DEFAULT_DUPLICATE_SCORING, type DuplicateScoring } from './duplicateScoring';

/** One ranked match of {@link DuplicateIndex.query}. */
export interface DuplicateMatch {
  id: string;
  /** BM25F score against the query. */
  raw: number;
  /**
   * The raw score over the query's score against itself, clamped to 0–1: 1 reads "says all the
   * query says", comparable across queries, which is what thresholds need.
   */
  score: number;
}

/** Options of {@link DuplicateIndex.query}. */
export interface DuplicateQueryOptions {
  /** Most matches returned. Default 10. */
  limit?: number;
  /** Ids never returned (the query itself when it is indexed). */
  exclude?: Iterable<string>;
}

/**
 * An incremental BM25F inverted index for duplicate search: documents are added, replaced and
 * removed one at a time (no rebuild), and a query scores every indexed document that shares a
 * term with it, so the top k are exactly those of exhaustive ranking (a document sharing no term
 * scores 0) without looking at the rest.
 */
export interface DuplicateIndex {
  /** Adds a document, or replaces the one with the same id. */
  add(doc: DuplicateDoc): void;
  /** Removes a document; false when it was not indexed. */
  remove(id: string): boolean;
  has(id: string): boolean;
  readonly size: number;
  /** The indexed ids, in slot order. */
  ids(): string[];
  /** The best matches for a text, best first (ties by id). */
  query(doc: DuplicateDoc, options?: DuplicateQueryOptions): DuplicateMatch[];
  /** Every indexed document's raw score for the query (0 when no term is shared), keyed by id. */
  scoreAll(doc: DuplicateDoc): Map<string, number>;
  /** The query's raw score against itself: what {@link DuplicateMatch.score} divides by. */
  selfScore(doc: DuplicateDoc): number;
}

// The reference averages are re-taken (and every bound recomputed) once the live averages leave
// this band around them: bounds stay valid outside it, only looser (see `boundFactor`).
const REBASE_ABOVE = 1.1;
const REBASE_BELOW = 0.8;
// Float slack on upper bounds, far above rounding error and far below any score gap that matters.
const BOUND_SLACK = 1 + 1e-9;

/**
 * Creates an empty {@link DuplicateIndex}.
 *
 * @example
 * const index = createDuplicateIndex();
 * index.add({ id: 'PM-1', title: 'Crash when saving a draft' });
 * index.query({ id: 'q', title: 'Saving drafts crashes' })[0]?.id; // => 'PM-1'
 */
export function createDuplicateIndex(
  docs: Iterable<DuplicateDoc> = [],
  scoring: DuplicateScoring = DEFAULT_DUPLICATE_SCORING,
): DuplicateIndex {
  const termIds = new Map<string, number>();
  const postings: PostingList[] = [];
  const slotOf = new Map<string, number>();
  let slotIds: (string | undefined)[] = [];
  // Forward index: each slot's term ids, sorted, with their packed frequencies (for MaxScore).
  let slotTerms: (Int32Array | undefined)[] = [];
  let slotTfs: (Uint32Array | undefined)[] = [];
  let lengths = new Float64Array(16 * FIELD_COUNT);
  // Per slot its length normalisers at the averages of `normEpoch`'s epoch, derived lazily the
  // first time a query reaches the slot in that epoch: a query then divides once per field hit,
  // and a new epoch (the averages moved) costs nothing until a slot is read again.
  let norms = new Float64Array(16 * FIELD_COUNT);
  let normEpoch = new Int32Array(16);
  let epoch = 0;
  let epochAverages: Float64Array | undefined;
  const totalLength = new Float64Array(FIELD_COUNT);
  const free: number[] = [];
  let live = 0;
  let accumulator = new Float64Array(16);
  const heap = new Float64Array(64);
  // Average lengths the posting bounds were measured at (see PostingList.bound).
  let reference: Float64Array | undefined;
  let referenceParams = fieldParameters(scoring, new Float64Array(FIELD_COUNT).fill(1));

  function averages(): Float64Array {
    const avg = new Float64Array(FIELD_COUNT);
    for (let f = 0; f < FIELD_COUNT; f++) avg[f] = (live > 0 ? totalLength[f]! / live : 1) || 1;
    return avg;
  }

  function rebase(avg: Float64Array): void {
    reference = avg;
    referenceParams = fieldParameters(scoring, avg);
    for (const p of postings) {
      let bound = 0;
      for (let i = 0; i < p.length; i++)
        bound = Math.max(
          bound,
          pseudoFrequency(p.tf[i]!, lengths, p.slots[i]! * FIELD_COUNT, referenceParams),
        );
      p.bound = bound;
    }
  }

  // How much larger any pseudo frequency can be now than at the reference averages: a field's
  // normaliser 1 − b + b·len/avg shrinks by at most avg/reference when its average grows.
  function boundFactor(avg: Float64Array): number {
    let factor = 1;
    for (let f = 0; f < FIELD_COUNT; f++) factor = Math.max(factor, avg[f]! / reference![f]!);
    return factor;
  }

  function add(doc: DuplicateDoc): void {
    if (slotOf.has(doc.id)) remove(doc.id);
    const terms = duplicateTerms(doc);
    const counts = packFieldCounts(terms);
    const slot = free.pop() ?? slotIds.length;
    if (slot >= slotIds.length) {
      slotIds.push(undefined);
      slotTerms.push(undefined);
      slotTfs.push(undefined);
    }
    if ((slot + 1) * FIELD_COUNT > lengths.length) {
      const grown = new Float64Array(lengths.length * 2);
      grown.set(lengths);
      lengths = grown;
      const grownNorms = new Float64Array(lengths.length);
      grownNorms.set(norms);
      norms = grownNorms;
      const grownEpochs = new Int32Array(lengths.length / FIELD_COUNT);
      grownEpochs.set(normEpoch);
      normEpoch = grownEpochs;
    }
    normEpoch[slot] = 0;
    DUPLICATE_FIELDS.forEach((f, i) => {
      lengths[slot * FIELD_COUNT + i] = terms[f].length;
      totalLength[i]! += terms[f].length;
    });
    const entries: [number, number][] = [];
    for (const [term, packed] of counts) {
      let id = termIds.get(term);
      if (id === undefined) {
        id = postings.length;
        termIds.set(term, id);
        postings.push(createPostingList());
      }
      const p = postings[id]!;
      appendPosting(p, slot, packed);
      if (reference)
        p.bound = Math.max(p.bound, pseudoFrequency(packed, lengths, slot * FIELD_COUNT, referenceParams));
      entries.push([id, packed]);
    }
    entries.sort((a, b) => a[0] - b[0]);
    slotIds[slot] = doc.id;
    slotTerms[slot] = Int32Array.from(entries, (e) => e[0]);
    slotTfs[slot] = Uint32Array.from(entries, (e) => e[1]);
    slotOf.set(doc.id, slot);
    live++;
  }

  function remove(id: string): boolean {
    const slot = slotOf.get(id);
    if (slot === undefined) return false;
    for (const term of slotTerms[slot]!) removePosting(postings[term]!, slot);
    for (let i = 0; i < FIELD_COUNT; i++) totalLength[i]! -= lengths[slot * FIELD_COUNT + i]!;
    slotIds[slot] = undefined;
    slotTerms[slot] = undefined;
    slotTfs[slot] = undefined;
    slotOf.delete(id);
    free.push(slot);
    live--;
    if (live === 0) {
      // Start afresh so an emptied index does not keep its old slots.
      slotIds = [];
      slotTerms = [];
      slotTfs = [];
      free.length = 0;
      totalLength.fill(0);
    }
    return true;
  }

  /**
   * Scores the query into `accumulator` (caller reads and resets the touched slots), with
   * MaxScore pruning when `top` is given (see {@link maxScoreTopK}).
   */
  function accumulate(
    doc: DuplicateDoc,
    top?: { limit: number; excluded: ReadonlySet<number> },
  ): { touched: number[]; self: number } {
    const fields = duplicateTerms(doc);
    const counts = packFieldCounts(fields);
    const titleTerms = new Set(fields.title);
    if (accumulator.length < slotIds.length) accumulator = new Float64Array(slotIds.length * 2);
    const avg = averages();
    if (!reference) rebase(avg);
    let factor = boundFactor(avg);
    for (let f = 0; f < FIELD_COUNT; f++) {
      const ratio = avg[f]! / reference![f]!;
      if (ratio > REBASE_ABOVE || ratio < REBASE_BELOW) {
        rebase(avg);
        factor = 1;
        break;
      }
    }
    const params = fieldParameters(scoring, avg);
    if (!epochAverages || avg.some((a, f) => a !== epochAverages![f])) {
      epoch++;
      epochAverages = avg;
    }
    const k1 = scoring.k1;
    const queryLengths = new Float64Array(DUPLICATE_FIELDS.map((f) => fields[f].length));
    let self = 0;
    const terms: ScoredTerm[] = [];
    for (const [term, packed] of counts) {
      const id = termIds.get(term);
      const p = id === undefined ? undefined : postings[id];
      const weight = (titleTerms.has(term) ? scoring.queryTitleBoost : 1) * bm25Idf(p?.length ?? 0, live);
      self += weight * saturate(pseudoFrequency(packed, queryLengths, 0, params), k1);
      if (id !== undefined && p && p.length > 0)
        terms.push({ id, postings: p, weight, bound: weight * saturate(p.bound * factor, k1) * BOUND_SLACK });
    }
    const touched = maxScoreTopK(
      terms,
      {
        accumulator,
        impact: (slot, packed) => {
          const base = slot * FIELD_COUNT;
          if (normEpoch[slot] !== epoch) {
            fieldNorms(lengths, base, params, norms, base);
            normEpoch[slot] = epoch;
          }
          return saturate(pseudoFrequencyFromNorms(packed, norms, base, params), k1);
        },
        slotTerms,
        slotTfs,
      },
      top && {
        limit: top.limit,
        skip: (slot) => top.excluded.has(slot),
        kthBest: (touchedSlots) =>
          kthBestScore(touchedSlots, accumulator, top.limit, heapFor(top.limit), (slot) =>
            top.excluded.has(slot),
          ),
      },
    );
    return { touched, self };
  }

  function heapFor(limit: number): Float64Array {
    return limit <= heap.length ? heap : new Float64Array(limit);
  }

  function query(doc: DuplicateDoc, options: DuplicateQueryOptions = {}): DuplicateMatch[] {
    const limit = options.limit ?? 10;
    const excluded = new Set<number>();
    for (const id of options.exclude ?? []) {
      const slot = slotOf.get(id);
      if (slot !== undefined) excluded.add(slot);
    }
    const { touched, self } = accumulate(doc, { limit, excluded });
    const best = topSlots(
      touched,
      accumulator,
      limit,
      (slot) => slotIds[slot]!,
      (slot) => excluded.has(slot),
    );
    const matches = best.map((slot) => {
      const raw = accumulator[slot]!;
      return { id: slotIds[slot]!, raw, score: self > 0 ? Math.min(1, raw / self) : 0 };
    });
    for (const slot of touched) accumulator[slot] = 0;
    return matches;
  }

  function scoreAll(doc: DuplicateDoc): Map<string, number> {
    const { touched } = accumulate(doc);
    const out = new Map<string, number>();
    for (const id of slotIds) if (id !== undefined) out.set(id, 0);
    for (const slot of touched) {
      out.set(slotIds[slot]!, accumulator[slot]!);
      accumulator[slot] = 0;
    }
    return out;
  }

  function selfScore(doc: DuplicateDoc): number {
    const { touched, self } = accumulate(doc);
    for (const slot of touched) accumulator[slot] = 0;
    return self;
  }

  const index: DuplicateIndex = {
    add,
    remove,
    has: (id) => slotOf.has(id),
    get size() {
      return live;
    },
    ids: () => slotIds.filter((id): id is string => id !== undefined),
    query,
    scoreAll,
    selfScore,
  };
  for (const doc of docs) add(doc);
  return index;
}
