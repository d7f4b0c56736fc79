import { seededRandom } from '../random/seededRandom';
import { annealUnion } from './annealUnion';
import type { CompiledModel } from './compiledModel';
import { buildUnionKnapsack } from './unionKnapsack';
import { UnionSearch } from './unionSearch';

/** Effort of the single-release search. */
export interface UnionEffort {
  /** Flip proposals per annealing run (a proposal is O(1); applying one touches its items). */
  steps: number;
  /** Annealing runs, each reheating from the best state so far. */
  runs: number;
  /** Ruin-and-recreate moves that polish the annealed plan. */
  polish: number;
  seed: number;
  /** The caller's deadline (see `HeuristicOptions.stop`): `true` ends each phase early. */
  stop?: () => boolean;
}

/**
 * Default effort for a union knapsack with `bundles` bundles: the instant planner's stays around
 * a few tenths of a second on NRP-sized models; `thorough` (the exact planner's warm start) spends
 * several times that (about half a CPU second), because the MIP closes the last gap far faster
 * from a better start.
 *
 * @example
 * unionEffort(500, false); // => { steps: 1_000_000, runs: 2, polish: 5000, seed: 1 }
 */
export function unionEffort(bundles: number, thorough: boolean, seed = 1): UnionEffort {
  const b = Math.max(1, bundles);
  return thorough
    ? { steps: Math.min(3_000_000, 6000 * b), runs: 2, polish: Math.min(20_000, 40 * b), seed }
    : { steps: Math.min(1_000_000, 2000 * b), runs: 2, polish: Math.min(5000, 10 * b), seed };
}

/**
 * Plans a single-release model (no team limits) by searching over bundles: greedy fill,
 * simulated annealing by flips, ruin-and-recreate polish, then an exchange descent. Must-haves already placed stay;
 * every chosen bundle's items (closed under prerequisites) ship in release 0, so the plan
 * respects dependencies and the budget by construction. Deterministic for a given seed.
 *
 * @example
 * planUnionAssignment(compiled, mustHavePlacement, unionEffort(compiled.bundles.length, false));
 * // => release per item: 0 or -1
 */
export function planUnionAssignment(
  m: CompiledModel,
  placed: readonly number[],
  effort: UnionEffort,
): number[] {
  const k = buildUnionKnapsack(m, placed);
  const search = new UnionSearch(k);
  search.fill();
  const random = seededRandom(effort.seed);
  const stop = effort.stop;
  annealUnion(search, random, { steps: effort.steps, runs: effort.runs, ...(stop ? { stop } : {}) });
  if (effort.polish > 0 && !stop?.())
    search.improve(effort.polish, random, { maxDrop: 4, cycle: effort.polish, ...(stop ? { stop } : {}) });
  if (!stop?.()) search.exchange(10, stop);
  // Bundles the plan completes for free count in its value; choosing them keeps the search's
  // value equal to the value recomputed from the shipped items.
  search.fill();
  let release = shipped(m, placed, search);
  // Incremental sums of fractional costs can drift by rounding over millions of moves; the plan
  // must fit exactly as evaluateAssignment sums it, so drop the least valuable bundles if not.
  while (costOf(m, release) > m.capacity[0]! + 1e-9) {
    let worst = -1;
    for (let b = 0; b < k.count; b++)
      if (search.chosen[b] === 1 && (worst < 0 || k.value[b]! < k.value[worst]!)) worst = b;
    if (worst < 0) break;
    search.drop(worst);
    release = shipped(m, placed, search);
  }
  return release;
}

function shipped(m: CompiledModel, placed: readonly number[], search: UnionSearch): number[] {
  const k = search.k;
  const release = Array.from({ length: m.n }, (_, i) => ((placed[i] ?? -1) >= 0 ? 0 : -1));
  for (let b = 0; b < k.count; b++) {
    if (search.chosen[b] !== 1) continue;
    for (let p = k.start[b]!; p < k.start[b + 1]!; p++) release[k.itemOf[k.items[p]!]!] = 0;
  }
  return release;
}

function costOf(m: CompiledModel, release: readonly number[]): number {
  let cost = 0;
  for (let i = 0; i < m.n; i++) if (release[i] === 0) cost += m.cost[i]!;
  return cost;
}
