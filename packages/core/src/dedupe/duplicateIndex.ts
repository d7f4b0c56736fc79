import { DUPLICATE_FIELDS, type DuplicateDoc, duplicateTerms, type FieldTerms } from './duplicateTerms';

/**
 * BM25F settings: per field a weight and a length normalisation `b`; `k1` saturates term
 * frequency. `queryTitleBoost` counts a term the query's own title states more than one only
 * its body mentions.
 */
export interface DuplicateScoring {
  k1: number;
  weight: Record<(typeof DUPLICATE_FIELDS)[number], number>;
  b: Record<(typeof DUPLICATE_FIELDS)[number], number>;
  queryTitleBoost: number;
}

/**
 * Defaults: a title word weighs two body words (the title states the problem, the body adds
 * context and noise; heavier title weights lost recall on paraphrased titles in our sets); code and traces count twice as much as body words, being specific;
 * component/version/platform are light signals.
 */
export const DEFAULT_DUPLICATE_SCORING: DuplicateScoring = {
  k1: 1.2,
  weight: { title: 2, body: 1, code: 2, meta: 0.3 },
  b: { title: 0.5, body: 0.75, code: 0.5, meta: 0 },
  queryTitleBoost: 1,
};

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

interface Postings {
  slots: Int32Array;
  /** Term frequency per field, one byte each: title | body << 8 | code << 16 | meta << 24. */
  tf: Uint32Array;
  length: number;
}

const FIELD_COUNT = DUPLICATE_FIELDS.length;

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
  const postings: Postings[] = [];
  const slotOf = new Map<string, number>();
  let slotIds: (string | undefined)[] = [];
  // Forward index: each slot's term ids, sorted, with their packed frequencies (for MaxScore).
  let slotTerms: (Int32Array | undefined)[] = [];
  let slotTfs: (Uint32Array | undefined)[] = [];
  let lengths = new Float64Array(16 * FIELD_COUNT);
  const totalLength = new Float64Array(FIELD_COUNT);
  const free: number[] = [];
  let live = 0;
  let accumulator = new Float64Array(16);
  const weights = DUPLICATE_FIELDS.map((f) => scoring.weight[f]);
  const bs = DUPLICATE_FIELDS.map((f) => scoring.b[f]);

  function add(doc: DuplicateDoc): void {
    if (slotOf.has(doc.id)) remove(doc.id);
    const terms = duplicateTerms(doc);
    const counts = fieldCounts(terms);
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
    }
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
        postings.push({ slots: new Int32Array(2), tf: new Uint32Array(2), length: 0 });
      }
      push(postings[id]!, slot, packed);
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
    for (const term of slotTerms[slot]!) {
      const p = postings[term]!;
      for (let i = 0; i < p.length; i++) {
        if (p.slots[i] === slot) {
          p.length--;
          p.slots[i] = p.slots[p.length]!;
          p.tf[i] = p.tf[p.length]!;
          break;
        }
      }
    }
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
    }
    return true;
  }

  function idf(df: number): number {
    return Math.log(1 + (live - df + 0.5) / (df + 0.5));
  }

  // The query's distinct terms with their query-side weight and, for the self-score, their counts.
  function queryTerms(doc: DuplicateDoc): {
    terms: Map<string, number>;
    counts: Map<string, number>;
    lengths: number[];
  } {
    const fields = duplicateTerms(doc);
    const counts = fieldCounts(fields);
    const titleTerms = new Set(fields.title);
    const terms = new Map<string, number>();
    for (const t of counts.keys()) terms.set(t, titleTerms.has(t) ? scoring.queryTitleBoost : 1);
    return { terms, counts, lengths: DUPLICATE_FIELDS.map((f) => fields[f].length) };
  }

  /**
   * Scores the query against the index into `accumulator` (caller resets the touched slots).
   * Without `top`, every posting of every query term is read. With `top`, MaxScore pruning:
   * terms are read from the highest possible contribution down, and once no document outside
   * those already touched could reach the current k-th best score, the remaining terms are only
   * looked up for the touched documents that can still enter the top k. Terms are summed in the
   * same order either way, so pruned scores equal full ones exactly.
   */
  function accumulate(
    doc: DuplicateDoc,
    top?: { limit: number; excluded: ReadonlySet<number> },
  ): { touched: number[]; self: number } {
    const q = queryTerms(doc);
    if (accumulator.length < slotIds.length) accumulator = new Float64Array(slotIds.length * 2);
    const avg = DUPLICATE_FIELDS.map((_, i) => (live > 0 ? totalLength[i]! / live : 1) || 1);
    const norm = (len: number, f: number) => 1 / (1 - bs[f]! + (bs[f]! * len) / avg[f]!);
    const [w0, w1, w2, w3] = weights as [number, number, number, number];
    const [b0, b1, b2, b3] = bs as [number, number, number, number];
    const [a0, a1, a2, a3] = avg as [number, number, number, number];
    const k1 = scoring.k1;
    // Per-field BM25F frequency, saturated; inlined for speed (four fields, one byte each).
    const contribution = (slot: number, packed: number, w: number): number => {
      const base = slot * FIELD_COUNT;
      let tf = 0;
      let c = packed & 0xff;
      if (c) tf += (w0 * c) / (1 - b0 + (b0 * lengths[base]!) / a0);
      c = (packed >>> 8) & 0xff;
      if (c) tf += (w1 * c) / (1 - b1 + (b1 * lengths[base + 1]!) / a1);
      c = (packed >>> 16) & 0xff;
      if (c) tf += (w2 * c) / (1 - b2 + (b2 * lengths[base + 2]!) / a2);
      c = packed >>> 24;
      if (c) tf += (w3 * c) / (1 - b3 + (b3 * lengths[base + 3]!) / a3);
      return (w * tf) / (k1 + tf);
    };
    let self = 0;
    const active: { id: number; p: Postings; w: number }[] = [];
    for (const [term, qw] of q.terms) {
      const id = termIds.get(term);
      const p = id === undefined ? undefined : postings[id];
      const w = qw * idf(p?.length ?? 0);
      self += w * saturate(pseudoFrequency(q.counts.get(term)!, (f) => norm(q.lengths[f]!, f)));
      if (id !== undefined && p && p.length > 0) active.push({ id, p, w });
    }
    // A term adds less than its weight w (saturation < 1): w is its upper bound.
    active.sort((x, y) => y.w - x.w || x.id - y.id);
    const remaining = new Float64Array(active.length + 1);
    for (let j = active.length - 1; j >= 0; j--) remaining[j] = remaining[j + 1]! + active[j]!.w;
    const touched: number[] = [];
    // The k-th best costs a pass over the touched documents: check on a geometric schedule.
    let checkBelow = Number.POSITIVE_INFINITY;
    for (let j = 0; j < active.length; j++) {
      if (top && touched.length >= top.limit && remaining[j]! < checkBelow) {
        const threshold = kthBest(touched, top);
        if (threshold > remaining[j]!) {
          finishForCandidates(touched, threshold, active, j, remaining, contribution);
          return { touched, self };
        }
        checkBelow = Math.min(remaining[j]! * 0.7, threshold);
      }
      const { p, w } = active[j]!;
      for (let i = 0; i < p.length; i++) {
        const slot = p.slots[i]!;
        if (accumulator[slot] === 0) touched.push(slot);
        accumulator[slot]! += contribution(slot, p.tf[i]!, w);
      }
    }
    return { touched, self };
  }

  function kthBest(
    touched: readonly number[],
    top: { limit: number; excluded: ReadonlySet<number> },
  ): number {
    // A min-heap of the k best scores so far.
    const heap = new Float64Array(top.limit);
    let size = 0;
    for (const slot of touched) {
      if (top.excluded.has(slot)) continue;
      const v = accumulator[slot]!;
      if (size < top.limit) {
        let i = size++;
        heap[i] = v;
        while (i > 0 && heap[(i - 1) >> 1]! > heap[i]!) {
          const parent = (i - 1) >> 1;
          [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
          i = parent;
        }
      } else if (v > heap[0]!) {
        heap[0] = v;
        let i = 0;
        for (;;) {
          const l = 2 * i + 1;
          const r = l + 1;
          let m = i;
          if (l < size && heap[l]! < heap[m]!) m = l;
          if (r < size && heap[r]! < heap[m]!) m = r;
          if (m === i) break;
          [heap[i], heap[m]] = [heap[m]!, heap[i]!];
          i = m;
        }
      }
    }
    return size < top.limit ? -1 : heap[0]!;
  }

  // The rest of the terms, only for touched documents that can still reach the k-th best.
  function finishForCandidates(
    touched: number[],
    threshold: number,
    active: readonly { id: number; w: number }[],
    from: number,
    remaining: Float64Array,
    contribution: (slot: number, packed: number, w: number) => number,
  ): void {
    for (const slot of touched) {
      if (accumulator[slot]! + remaining[from]! < threshold) continue;
      const terms = slotTerms[slot]!;
      const tfs = slotTfs[slot]!;
      for (let j = from; j < active.length; j++) {
        const at = binarySearch(terms, active[j]!.id);
        if (at >= 0) accumulator[slot]! += contribution(slot, tfs[at]!, active[j]!.w);
      }
    }
  }

  function pseudoFrequency(packed: number, normFor: (field: number) => number): number {
    let tf = 0;
    for (let f = 0; f < FIELD_COUNT; f++) {
      const count = (packed >>> (8 * f)) & 0xff;
      if (count) tf += weights[f]! * count * normFor(f);
    }
    return tf;
  }

  function saturate(tf: number): number {
    return tf / (scoring.k1 + tf);
  }

  function query(doc: DuplicateDoc, options: DuplicateQueryOptions = {}): DuplicateMatch[] {
    const limit = options.limit ?? 10;
    const exclude = new Set(options.exclude ?? []);
    const excluded = new Set([...exclude].flatMap((id) => (slotOf.has(id) ? [slotOf.get(id)!] : [])));
    const { touched, self } = accumulate(doc, { limit, excluded });
    const best = new TopK(limit);
    for (const slot of touched) {
      const raw = accumulator[slot]!;
      accumulator[slot] = 0;
      const id = slotIds[slot]!;
      if (!exclude.has(id)) best.offer(id, raw);
    }
    return best.sorted().map(({ id, raw }) => ({ id, raw, score: self > 0 ? Math.min(1, raw / self) : 0 }));
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

// Term → packed per-field counts (capped at 255: past a few repeats frequency is saturated anyway).
function fieldCounts(terms: FieldTerms): Map<string, number> {
  const counts = new Map<string, number>();
  DUPLICATE_FIELDS.forEach((f, i) => {
    for (const t of terms[f]) {
      const packed = counts.get(t) ?? 0;
      if (((packed >>> (8 * i)) & 0xff) < 0xff) counts.set(t, (packed + (1 << (8 * i))) >>> 0);
    }
  });
  return counts;
}

function binarySearch(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function push(p: Postings, slot: number, tf: number): void {
  if (p.length === p.slots.length) {
    const slots = new Int32Array(p.slots.length * 2);
    slots.set(p.slots);
    const tfs = new Uint32Array(p.tf.length * 2);
    tfs.set(p.tf);
    p.slots = slots;
    p.tf = tfs;
  }
  p.slots[p.length] = slot;
  p.tf[p.length] = tf;
  p.length++;
}

// The k best (id, score) pairs seen, kept in a small min-heap; ties go to the smaller id.
class TopK {
  private readonly heap: { id: string; raw: number }[] = [];
  constructor(private readonly k: number) {}

  offer(id: string, raw: number): void {
    if (this.k <= 0) return;
    if (this.heap.length < this.k) {
      this.heap.push({ id, raw });
      this.up(this.heap.length - 1);
    } else if (worse(this.heap[0]!, { id, raw })) {
      this.heap[0] = { id, raw };
      this.down(0);
    }
  }

  sorted(): { id: string; raw: number }[] {
    return [...this.heap].sort((a, b) => (worse(a, b) ? 1 : -1));
  }

  private up(i: number): void {
    const h = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  private down(i: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && worse(h[l]!, h[m]!)) m = l;
      if (r < h.length && worse(h[r]!, h[m]!)) m = r;
      if (m === i) return;
      [h[i], h[m]] = [h[m]!, h[i]!];
      i = m;
    }
  }
}

function worse(a: { id: string; raw: number }, b: { id: string; raw: number }): boolean {
  return a.raw < b.raw || (a.raw === b.raw && a.id > b.id);
}
