import type { UnionKnapsack } from './unionKnapsack';

const EPS = 1e-9;

/**
 * Local search over the bundles of a union knapsack. The state is the set of chosen bundles; an
 * item is paid for while at least one chosen bundle holds it (reference counts), and each bundle's
 * marginal cost to add (`addCost`) and saving to drop (`dropSave`) are kept up to date as items
 * change hands, so a move costs time in proportion to the items it touches and checking whether a
 * bundle fits is O(1). Typed arrays only: nothing is allocated per move.
 *
 * @example
 * const s = new UnionSearch(buildUnionKnapsack(compiled, placed));
 * s.fill();
 * s.improve(20_000, seededRandom(1));
 * s.bestValue;
 */
export class UnionSearch {
  readonly k: UnionKnapsack;
  /** 1 when the bundle is chosen. */
  readonly chosen: Uint8Array;
  value = 0;
  used = 0;
  /** Best state seen by `improve` (or the current one before it runs). */
  readonly best: Uint8Array;
  bestValue = 0;
  /** Move at which `bestValue` was first reached. */
  bestAt = 0;
  private readonly count: Int32Array;
  /** Sum of the chosen holders' indices per item: names the sole holder when `count` is 1. */
  private readonly holderSum: Float64Array;
  /** Per bundle, the cost of the items no chosen bundle holds yet: what adding it costs. */
  readonly addCost: Float64Array;
  /** Per chosen bundle, the cost of the items only it holds: what dropping it saves. */
  readonly dropSave: Float64Array;
  private readonly list: Int32Array;
  private readonly at: Int32Array;
  private size = 0;
  /** Bundles the current refill must not re-add (a stamp per bundle, so no clearing is needed). */
  private readonly banned: Int32Array;
  private stamp = 1;
  private readonly added: Int32Array;
  private readonly dropped: Int32Array;

  constructor(k: UnionKnapsack) {
    this.k = k;
    this.chosen = new Uint8Array(k.count);
    this.best = new Uint8Array(k.count);
    this.count = new Int32Array(k.itemCount);
    this.holderSum = new Float64Array(k.itemCount);
    this.addCost = new Float64Array(k.count);
    this.dropSave = new Float64Array(k.count);
    for (let b = 0; b < k.count; b++)
      for (let p = k.start[b]!; p < k.start[b + 1]!; p++) this.addCost[b]! += k.cost[k.items[p]!]!;
    this.list = new Int32Array(k.count);
    this.at = new Int32Array(k.count).fill(-1);
    this.banned = new Int32Array(k.count);
    this.added = new Int32Array(k.count);
    this.dropped = new Int32Array(k.count);
  }

  /** Chooses bundle `b`; the caller has checked that it fits. */
  add(b: number): void {
    const { k } = this;
    this.used += this.addCost[b]!;
    this.value += k.value[b]!;
    this.chosen[b] = 1;
    this.at[b] = this.size;
    this.list[this.size++] = b;
    for (let p = k.start[b]!; p < k.start[b + 1]!; p++) {
      const i = k.items[p]!;
      const c = ++this.count[i]!;
      this.holderSum[i]! += b;
      if (c === 1) {
        const cost = k.cost[i]!;
        for (let q = k.holderStart[i]!; q < k.holderStart[i + 1]!; q++) this.addCost[k.holders[q]!]! -= cost;
        this.dropSave[b]! += cost;
      } else if (c === 2) this.dropSave[this.holderSum[i]! - b]! -= k.cost[i]!;
    }
  }

  /** Drops chosen bundle `b`. */
  drop(b: number): void {
    const { k } = this;
    this.used -= this.dropSave[b]!;
    this.value -= k.value[b]!;
    this.chosen[b] = 0;
    const last = this.list[--this.size]!;
    this.list[this.at[b]!] = last;
    this.at[last] = this.at[b]!;
    this.at[b] = -1;
    for (let p = k.start[b]!; p < k.start[b + 1]!; p++) {
      const i = k.items[p]!;
      const c = --this.count[i]!;
      this.holderSum[i]! -= b;
      if (c === 0) {
        const cost = k.cost[i]!;
        for (let q = k.holderStart[i]!; q < k.holderStart[i + 1]!; q++) this.addCost[k.holders[q]!]! += cost;
        this.dropSave[b]! -= cost;
      } else if (c === 1) this.dropSave[this.holderSum[i]!]! += k.cost[i]!;
    }
  }

  /**
   * Greedy refill: adds the fitting bundle with the best value per unit of added cost (free ones
   * first) until none fits, skipping bundles banned for this refill. `perturb.noise` in [0, 1)
   * perturbs the ratios so repeated refills explore different fills; its `random` is the caller's
   * seeded generator (never an unseeded one: a plan must be reproducible from its seed).
   *
   * @returns how many bundles were added; they are the last entries of the chosen list.
   */
  fill(perturb?: { noise: number; random: () => number }): number {
    const noise = perturb?.noise ?? 0;
    const { k } = this;
    let n = 0;
    for (;;) {
      const room = k.budget - this.used + EPS;
      let best = -1;
      let bestRatio = -1;
      for (let b = 0; b < k.count; b++) {
        if (this.chosen[b] === 1 || this.banned[b] === this.stamp) continue;
        const cost = this.addCost[b]!;
        if (cost > room) continue;
        let ratio = cost <= EPS ? Number.POSITIVE_INFINITY : k.value[b]! / cost;
        if (perturb && noise > 0) ratio *= 1 - noise * perturb.random();
        if (ratio > bestRatio) {
          best = b;
          bestRatio = ratio;
        }
      }
      if (best < 0) return n;
      this.add(best);
      n++;
    }
  }

  /**
   * Ruin and recreate with simulated-annealing acceptance: drops 1…`maxDrop` random chosen
   * bundles, refills greedily first without them (so the move is a real exchange), then with them,
   * and keeps the result when it loses no value, or loses little while the temperature is high.
   * The temperature restarts every `cycle` moves, so one call holds several annealing runs.
   * Ends in the best state seen.
   *
   * @example
   * search.improve(50_000, seededRandom(7));
   */
  improve(
    moves: number,
    random: () => number,
    options: { maxDrop?: number; cycle?: number; stop?: () => boolean } = {},
  ): void {
    const { k } = this;
    const maxDrop = options.maxDrop ?? 4;
    const cycle = Math.max(1, options.cycle ?? 5000);
    this.remember(0);
    let mean = 0;
    for (let b = 0; b < k.count; b++) mean += k.value[b]!;
    mean /= Math.max(1, k.count);
    const t0 = 0.3 * mean;
    for (let step = 0; step < moves; step++) {
      if (options.stop?.()) break;
      if (this.size === 0) {
        this.fill();
        if (this.size === 0) return;
      }
      const before = this.value;
      const drops = 1 + Math.floor(random() * Math.min(maxDrop, this.size));
      this.stamp++;
      for (let d = 0; d < drops; d++) {
        const b = this.list[Math.floor(random() * this.size)]!;
        this.drop(b);
        this.dropped[d] = b;
        this.banned[b] = this.stamp;
      }
      let n = this.fill(random() < 0.5 ? undefined : { noise: 0.3, random });
      this.stamp++;
      n += this.fill();
      for (let a = 0; a < n; a++) this.added[a] = this.list[this.size - n + a]!;
      const delta = this.value - before;
      const temperature = t0 * (1 - (step % cycle) / cycle) ** 2;
      if (delta >= -EPS || (temperature > 0 && random() < Math.exp(delta / temperature))) {
        if (this.value > this.bestValue + EPS) this.remember(step + 1);
        continue;
      }
      for (let a = n - 1; a >= 0; a--) this.drop(this.added[a]!);
      for (let d = drops - 1; d >= 0; d--) this.add(this.dropped[d]!);
    }
    this.restoreBest();
  }

  /**
   * Deterministic exchange descent: for every chosen bundle, drop it and refill without it, once
   * by value density and once starting from the most valuable bundle that fits; keep the first
   * refill that gains value. Repeats until a pass gains nothing (at most `passes`). It finds the
   * one-for-several trades that annealing, which must cross an over-budget state, tends to miss.
   *
   * @example
   * search.exchange(); // then search.value >= its value before
   */
  exchange(passes = 10, stop?: () => boolean): void {
    const { k } = this;
    for (let pass = 0; pass < passes; pass++) {
      let improved = false;
      const snapshot = this.list.slice(0, this.size);
      for (const s of snapshot) {
        if (stop?.()) return;
        if (this.chosen[s] !== 1) continue;
        for (let variant = 0; variant < 2; variant++) {
          const before = this.value;
          this.drop(s);
          this.stamp++;
          this.banned[s] = this.stamp;
          let n = 0;
          if (variant === 1) {
            let top = -1;
            const room = k.budget - this.used + EPS;
            for (let b = 0; b < k.count; b++)
              if (
                b !== s &&
                this.chosen[b] === 0 &&
                this.addCost[b]! <= room &&
                (top < 0 || k.value[b]! > k.value[top]!)
              )
                top = b;
            if (top >= 0) {
              this.add(top);
              n++;
            }
          }
          n += this.fill();
          if (this.value > before + EPS) {
            this.stamp++;
            this.fill();
            improved = true;
            break;
          }
          for (let a = 0; a < n; a++) this.drop(this.list[this.size - 1]!);
          this.add(s);
        }
      }
      if (!improved) return;
    }
  }

  /** Replaces the current state by the best one seen. */
  restoreBest(): void {
    if (this.value >= this.bestValue - EPS && this.chosen.every((v, b) => v === this.best[b])) return;
    while (this.size > 0) this.drop(this.list[this.size - 1]!);
    for (let b = 0; b < this.k.count; b++) if (this.best[b] === 1) this.add(b);
  }

  /** Records the current state as the best when it is at least as good; `step` dates a strict gain. */
  remember(step: number): void {
    if (this.value < this.bestValue - EPS) return;
    if (this.value > this.bestValue + EPS || step === 0) this.bestAt = step;
    this.bestValue = this.value;
    this.best.set(this.chosen);
  }
}
