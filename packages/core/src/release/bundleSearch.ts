import { CandidateHeap } from './candidateHeap';
import type { CompiledModel } from './compiledModel';

const EPS = 1e-9;

/**
 * The heuristic's working state. Value comes in bundles (a customer's requests, or an item with
 * own value, each closed under prerequisites), so the search selects bundles, each at a release;
 * an item ships in the earliest release of any bundle holding it. Because a bundle holds its
 * item's prerequisites too, every state respects dependencies by construction.
 *
 * @example
 * const search = new BundleSearch(compiled, mustHavePlacement);
 * search.fill();
 * search.improve(500, seededRandom(1));
 * search.release; // release index per item, -1 = deferred
 */
export class BundleSearch {
  readonly model: CompiledModel;
  /** Release per item, `-1` when unscheduled. */
  readonly release: Int32Array;
  /** Release per bundle, `-1` when not selected. */
  readonly selected: Int32Array;
  /** Sum of selected bundle values at their release weights (a lower bound on the plan value). */
  objective = 0;
  private readonly holders: Int32Array;
  private readonly used: Float64Array;
  private readonly teamUsed: Float64Array;
  /** Earliest release a bundle may take without pulling an exactly pinned must-have earlier. */
  private readonly earliest: Int32Array;
  /** Per bundle, the other bundles whose items it contains: selecting it completes them too. */
  private readonly nested: number[][];
  /** Per item, how many unselected bundles need it; shared costs are split among them. */
  private readonly demand: Int32Array;
  /** Rank candidates by cost shared among the bundles that need each item, not full cost. */
  sharedCosts = false;
  /**
   * The caller's deadline: `true` ends `improve` (and the refills inside it) early, keeping a
   * feasible state. The first greedy `fill` always completes, so a plan cut short is never worse
   * than the greedy one.
   */
  stop: () => boolean = () => false;

  constructor(model: CompiledModel, mandatory: readonly number[]) {
    this.model = model;
    const { n, releaseCount: R } = model;
    this.release = new Int32Array(n).fill(-1);
    this.selected = new Int32Array(model.bundles.length).fill(-1);
    this.holders = new Int32Array(n * R);
    this.used = new Float64Array(R);
    this.teamUsed = new Float64Array(R * Math.max(1, model.teams.length));
    this.earliest = new Int32Array(model.bundles.length);
    model.bundles.forEach((bundle, k) => {
      this.earliest[k] = Math.max(0, ...bundle.items.map((i) => model.pin[i]!));
    });
    this.nested = nestedBundles(model);
    this.demand = Int32Array.from(model.itemBundles, (list) => list.length);
    mandatory.forEach((r, i) => {
      if (r >= 0) this.hold(i, r);
    });
  }

  /** Capacity release `r` would gain in use if bundle `k` were selected there, or `-1` if it cannot. */
  addedCost(k: number, r: number): number {
    if (r < this.earliest[k]!) return -1;
    const m = this.model;
    const T = m.teams.length;
    let added = 0;
    let teamAdded: number[] | undefined;
    for (const i of m.bundles[k]!.items) {
      const cur = this.release[i]!;
      if (cur >= 0 && cur <= r) continue;
      added += m.cost[i]!;
      const t = m.team[i]!;
      if (t >= 0) {
        teamAdded ??= Array.from({ length: T }, () => 0);
        teamAdded[t]! += m.cost[i]!;
      }
    }
    if (this.used[r]! + added > m.capacity[r]! + EPS) return -1;
    if (teamAdded) {
      for (let t = 0; t < T; t++) {
        if (this.teamUsed[r * T + t]! + teamAdded[t]! > m.teamCapacity[r]![t]! + EPS) return -1;
      }
    }
    return added;
  }

  /** Cost of the items of bundle `k` not yet shipping by release `r`, capacity aside. */
  private unheldCost(k: number, r: number): number {
    let added = 0;
    for (const i of this.model.bundles[k]!.items) {
      const cur = this.release[i]!;
      if (cur < 0 || cur > r) added += this.model.cost[i]!;
    }
    return added;
  }

  /** Selects bundle `k` at release `r`; the caller has checked `addedCost(k, r) >= 0`. */
  add(k: number, r: number): void {
    for (const i of this.model.bundles[k]!.items) {
      this.hold(i, r);
      this.demand[i]!--;
    }
    this.selected[k] = r;
    this.objective += this.model.bundles[k]!.value * this.model.weight[r]!;
  }

  /**
   * Deselects bundle `k`. Items it alone held early may slide to a later release held by another
   * bundle; returns `false` (and leaves the state unchanged) when that would overfill a release.
   */
  remove(k: number): boolean {
    const r = this.selected[k]!;
    const items = this.model.bundles[k]!.items;
    for (const i of items) {
      this.release_(i, r);
      this.demand[i]!++;
    }
    this.selected[k] = -1;
    this.objective -= this.model.bundles[k]!.value * this.model.weight[r]!;
    if (this.overfull()) {
      this.add(k, r);
      return false;
    }
    return true;
  }

  /**
   * Greedily selects the bundle and release with the best value per unit of capacity added,
   * until nothing more fits. Zero-cost additions (bundles already shipped) come first.
   *
   * The candidates wait in a heap, so a fill costs O((B·R + touched) log B) rather than a scan of
   * every bundle per addition (quadratic: minutes on a 50k-issue export). A candidate's ratio can
   * only change when a bundle sharing one of its items is added, so exactly those are rescored;
   * one that no longer fits its release waits until that release frees room. The choice (and its
   * tie-breaks: more gain, lower bundle index, earlier release) is the scan's.
   *
   * `stoppable` refills (inside `improve`) end when `stop` says so.
   *
   * @returns the bundles added, in order, so a caller can undo them.
   */
  fill(excluded?: ReadonlySet<number>, stoppable = false): number[] {
    const m = this.model;
    const R = m.releaseCount;
    const T = Math.max(1, m.teams.length);
    const added: number[] = [];
    const heap = new CandidateHeap();
    const stamp = new Int32Array(m.bundles.length);
    const touched = new Int32Array(m.bundles.length).fill(-1);
    // Per release, candidates that did not fit when they reached the top: [k, stamp, ratio, gain]…
    const parked: number[][] = Array.from({ length: R }, () => []);
    const score = (k: number): void => {
      if (this.selected[k]! >= 0 || excluded?.has(k)) return;
      // Bundles nested in this one ride along for free, so they count in its gain.
      let value = m.bundles[k]!.value;
      for (const j of this.nested[k]!)
        if (this.selected[j]! < 0 && !excluded?.has(j)) value += m.bundles[j]!.value;
      for (let r = this.earliest[k]!; r < R; r++) {
        const gain = value * m.weight[r]!;
        if (gain <= 0) continue;
        const cost = this.sharedCosts ? this.sharedCost(k, r) : this.unheldCost(k, r);
        heap.push(k, r, cost <= EPS ? Number.POSITIVE_INFINITY : gain / cost, gain, stamp[k]!);
      }
    };
    for (let k = 0; k < m.bundles.length; k++) score(k);
    const usedBefore = new Float64Array(R);
    const teamBefore = new Float64Array(R * T);
    const top = heap.top;
    for (let step = 0; ; step++) {
      if (stoppable && this.stop()) return added;
      let best = -1;
      let bestRelease = -1;
      while (best < 0 && heap.pop()) {
        if (top.stamp !== stamp[top.k] || this.selected[top.k]! >= 0) continue;
        if (this.addedCost(top.k, top.r) < 0) parked[top.r]!.push(top.k, top.stamp, top.ratio, top.gain);
        else {
          best = top.k;
          bestRelease = top.r;
        }
      }
      if (best < 0) return added;
      usedBefore.set(this.used);
      teamBefore.set(this.teamUsed);
      this.add(best, bestRelease);
      added.push(best);
      for (const i of m.bundles[best]!.items) {
        for (const k of m.itemBundles[i]!) {
          if (touched[k] === step) continue;
          touched[k] = step;
          stamp[k]!++;
          score(k);
        }
      }
      // An item pulled into an earlier release frees room in its old one: what waited there may fit now.
      for (let r = 0; r < R; r++) {
        let freed = this.used[r]! < usedBefore[r]!;
        for (let t = 0; t < T && !freed; t++) freed = this.teamUsed[r * T + t]! < teamBefore[r * T + t]!;
        if (!freed) continue;
        const wait = parked[r]!;
        parked[r] = [];
        for (let e = 0; e < wait.length; e += 4) {
          const k = wait[e]!;
          if (wait[e + 1] === stamp[k]) heap.push(k, r, wait[e + 2]!, wait[e + 3]!, wait[e + 1]!);
        }
      }
    }
  }

  /**
   * Local search by simulated annealing: repeatedly drops one to `maxDrop` selected bundles
   * (chosen by `random`), refills greedily, and keeps the change when it does not lose value, or
   * loses little while the temperature is high, so the search escapes the greedy's local optimum.
   * Ends in the best state seen.
   */
  improve(moves: number, random: () => number, maxDrop = 3): void {
    const pool: number[] = [];
    let best = this.objective;
    let bestSelected = Int32Array.from(this.selected);
    const values = this.model.bundles.map((b) => b.value).filter((v) => v > 0);
    const t0 = values.length > 0 ? (0.1 * values.reduce((a, b) => a + b, 0)) / values.length : 0;
    for (let step = 0; step < moves; step++) {
      if (this.stop()) break;
      pool.length = 0;
      for (let k = 0; k < this.selected.length; k++) if (this.selected[k]! >= 0) pool.push(k);
      if (pool.length === 0) return;
      const before = this.objective;
      const drops = 1 + Math.floor(random() * Math.min(maxDrop, pool.length));
      const removed: [number, number][] = [];
      for (let d = 0; d < drops; d++) {
        const k = pool[Math.floor(random() * pool.length)]!;
        const r = this.selected[k]!;
        if (r >= 0 && this.remove(k)) removed.push([k, r]);
      }
      if (removed.length === 0) continue;
      // Refill first without the dropped bundles, so the move is a real swap rather than an undo,
      // then let them compete again for whatever room is left.
      const added = this.fill(new Set(removed.map(([k]) => k)), true);
      added.push(...this.fill(undefined, true));
      const delta = this.objective - before;
      const temperature = t0 * (1 - step / moves);
      if (delta >= -EPS || (temperature > 0 && random() < Math.exp(delta / temperature))) {
        if (this.objective > best + EPS) {
          best = this.objective;
          bestSelected = Int32Array.from(this.selected);
        }
        continue;
      }
      for (let a = added.length - 1; a >= 0; a--) this.remove(added[a]!);
      for (let d = removed.length - 1; d >= 0; d--) this.add(removed[d]![0], removed[d]![1]);
    }
    if (best > this.objective + EPS) this.restore(bestSelected);
  }

  /** Replaces the selection by `selection` (a release per bundle, `-1` = none), a state seen before. */
  private restore(selection: Int32Array): void {
    for (let k = 0; k < this.selected.length; k++) {
      if (this.selected[k]! >= 0) {
        const r = this.selected[k]!;
        for (const i of this.model.bundles[k]!.items) {
          this.release_(i, r);
          this.demand[i]!++;
        }
        this.selected[k] = -1;
      }
    }
    this.objective = 0;
    // Intermediate states may overfill a release; the final one is a state seen before, so it fits.
    for (let k = 0; k < selection.length; k++) if (selection[k]! >= 0) this.add(k, selection[k]!);
  }

  private sharedCost(k: number, r: number): number {
    let cost = 0;
    for (const i of this.model.bundles[k]!.items) {
      const cur = this.release[i]!;
      if (cur >= 0 && cur <= r) continue;
      cost += this.model.cost[i]! / Math.max(1, this.demand[i]!);
    }
    return cost;
  }

  private hold(i: number, r: number): void {
    const R = this.model.releaseCount;
    this.holders[i * R + r]!++;
    const cur = this.release[i]!;
    if (cur < 0 || r < cur) this.move(i, cur, r);
  }

  private release_(i: number, r: number): void {
    const R = this.model.releaseCount;
    this.holders[i * R + r]!--;
    if (this.release[i] !== r || this.holders[i * R + r]! > 0) return;
    let next = -1;
    for (let q = r + 1; q < R; q++) {
      if (this.holders[i * R + q]! > 0) {
        next = q;
        break;
      }
    }
    this.move(i, r, next);
  }

  private move(i: number, from: number, to: number): void {
    const m = this.model;
    const T = m.teams.length;
    const t = m.team[i]!;
    if (from >= 0) {
      this.used[from]! -= m.cost[i]!;
      if (t >= 0) this.teamUsed[from * T + t]! -= m.cost[i]!;
    }
    if (to >= 0) {
      this.used[to]! += m.cost[i]!;
      if (t >= 0) this.teamUsed[to * T + t]! += m.cost[i]!;
    }
    this.release[i] = to;
  }

  private overfull(): boolean {
    const m = this.model;
    const T = m.teams.length;
    for (let r = 0; r < m.releaseCount; r++) {
      if (this.used[r]! > m.capacity[r]! + EPS) return true;
      for (let t = 0; t < T; t++) if (this.teamUsed[r * T + t]! > m.teamCapacity[r]![t]! + EPS) return true;
    }
    return false;
  }
}

function nestedBundles(model: CompiledModel): number[][] {
  const nested: number[][] = model.bundles.map(() => []);
  const sets = model.bundles.map((b) => new Set(b.items));
  model.bundles.forEach((inner, j) => {
    const first = inner.items[0];
    if (first === undefined) return;
    for (const k of model.itemBundles[first]!) {
      if (k === j || model.bundles[k]!.items.length < inner.items.length) continue;
      const outer = sets[k]!;
      if (inner.items.every((i) => outer.has(i))) nested[k]!.push(j);
    }
  });
  return nested;
}
