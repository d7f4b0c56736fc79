/**
 * One term's postings: the slots of the documents holding it and their packed field counts, in
 * typed arrays that grow by doubling. `bound` is the largest pseudo frequency any of its
 * postings had when added, measured at the index's reference average lengths: the MaxScore
 * upper bound is derived from it (see `maxScoreTopK`). Removals leave it as is, which only
 * loosens the bound, never breaks it.
 */
export interface PostingList {
  slots: Int32Array;
  tf: Uint32Array;
  length: number;
  bound: number;
}

/**
 * An empty posting list.
 *
 * @example
 * createPostingList().length; // => 0
 */
export function createPostingList(): PostingList {
  return { slots: new Int32Array(2), tf: new Uint32Array(2), length: 0, bound: 0 };
}

/**
 * Appends a posting, doubling the arrays when full.
 *
 * @example
 * const p = createPostingList();
 * appendPosting(p, 7, 1);
 * p.slots[0]; // => 7
 */
export function appendPosting(p: PostingList, slot: number, tf: number): void {
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

/**
 * Removes a slot's posting by moving the last one into its place (order is not kept: queries
 * sum per slot, so order does not matter). False when the slot has no posting here.
 *
 * @example
 * const p = createPostingList();
 * appendPosting(p, 7, 1);
 * removePosting(p, 7); // => true
 * p.length; // => 0
 */
export function removePosting(p: PostingList, slot: number): boolean {
  for (let i = 0; i < p.length; i++) {
    if (p.slots[i] === slot) {
      p.length--;
      p.slots[i] = p.slots[p.length]!;
      p.tf[i] = p.tf[p.length]!;
      return true;
    }
  }
  return false;
}
