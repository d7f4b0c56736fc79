/**
 * A max-heap of (bundle, release) candidates for the greedy fill, ordered as the fill's scan
 * used to pick them: higher value per unit of capacity first, then higher gain, then the lower
 * bundle index, then the earlier release. Each entry carries the bundle's stamp when it was
 * scored, so an entry scored before the bundle changed is recognised as stale and dropped.
 *
 * @example
 * const heap = new CandidateHeap();
 * heap.push(3, 0, 2.5, 10, 0);
 * heap.pop(); // => true; heap.top is { k: 3, r: 0, ratio: 2.5, gain: 10, stamp: 0 }
 */
export class CandidateHeap {
  private readonly k: number[] = [];
  private readonly r: number[] = [];
  private readonly ratio: number[] = [];
  private readonly gain: number[] = [];
  private readonly stamp: number[] = [];
  /** The entry the last successful `pop` removed. */
  readonly top = { k: -1, r: -1, ratio: 0, gain: 0, stamp: 0 };

  get size(): number {
    return this.k.length;
  }

  push(k: number, r: number, ratio: number, gain: number, stamp: number): void {
    this.k.push(k);
    this.r.push(r);
    this.ratio.push(ratio);
    this.gain.push(gain);
    this.stamp.push(stamp);
    this.up(this.k.length - 1);
  }

  /** Removes the best entry into `top`; `false` when the heap is empty. */
  pop(): boolean {
    const n = this.k.length;
    if (n === 0) return false;
    const t = this.top;
    t.k = this.k[0]!;
    t.r = this.r[0]!;
    t.ratio = this.ratio[0]!;
    t.gain = this.gain[0]!;
    t.stamp = this.stamp[0]!;
    const last = n - 1;
    if (last > 0) this.copy(last, 0);
    this.k.pop();
    this.r.pop();
    this.ratio.pop();
    this.gain.pop();
    this.stamp.pop();
    if (last > 0) this.down(0);
    return true;
  }

  private before(a: number, b: number): boolean {
    const ra = this.ratio[a]!;
    const rb = this.ratio[b]!;
    if (ra !== rb) return ra > rb;
    const ga = this.gain[a]!;
    const gb = this.gain[b]!;
    if (ga !== gb) return ga > gb;
    if (this.k[a] !== this.k[b]) return this.k[a]! < this.k[b]!;
    return this.r[a]! < this.r[b]!;
  }

  private copy(from: number, to: number): void {
    this.k[to] = this.k[from]!;
    this.r[to] = this.r[from]!;
    this.ratio[to] = this.ratio[from]!;
    this.gain[to] = this.gain[from]!;
    this.stamp[to] = this.stamp[from]!;
  }

  private swap(a: number, b: number): void {
    const { k, r, ratio, gain, stamp } = this;
    const tk = k[a]!;
    k[a] = k[b]!;
    k[b] = tk;
    const tr = r[a]!;
    r[a] = r[b]!;
    r[b] = tr;
    const tq = ratio[a]!;
    ratio[a] = ratio[b]!;
    ratio[b] = tq;
    const tg = gain[a]!;
    gain[a] = gain[b]!;
    gain[b] = tg;
    const ts = stamp[a]!;
    stamp[a] = stamp[b]!;
    stamp[b] = ts;
  }

  private up(i: number): void {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(i, p)) return;
      this.swap(i, p);
      i = p;
    }
  }

  private down(i: number): void {
    const n = this.k.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) return;
      const c = l + 1 < n && this.before(l + 1, l) ? l + 1 : l;
      if (!this.before(c, i)) return;
      this.swap(i, c);
      i = c;
    }
  }
}
