import { seededRandom } from '../random/seededRandom';
import { BundleSearch } from './bundleSearch';
import type { Plan } from './plan';
import { buildPlan } from './plan';
import { planUnionAssignment, unionEffort } from './planUnion';
import { isUnionKnapsack } from './unionKnapsack';
import type { ValidPlanningModel } from './validatePlanningModel';

/** Options of the instant planner. */
export interface HeuristicOptions {
  /** Local-search moves after the greedy fill; 0 keeps the greedy plan. Default scales with size. */
  moves?: number;
  /** Seed of the search's random choices, so the same input gives the same plan. */
  seed?: number;
  /**
   * Search harder (several annealing runs) on single-release models; the exact planner sets it
   * for its warm start. `moves`, when given there, is the flip proposals per annealing run.
   */
  thorough?: boolean;
  /**
   * Asked between search moves (and between greedy additions): `true` ends the search with the
   * best plan so far. The caller's deadline seam (core reads no clock); a plan cut short is still
   * feasible, only less improved.
   */
  stop?: () => boolean;
}

/**
 * Plans instantly: greedy by value density over value bundles (a customer's requests or an item,
 * each with the prerequisites it needs, so dependencies are repaired as it goes), then seeded
 * local search that drops a few bundles and refills greedily. Single-release models without team
 * limits (the Next Release Problem shape) take a faster bundle-space annealing search instead.
 * Pure and deterministic.
 *
 * @example
 * const v = validatePlanningModel(input);
 * if (v.ok) planHeuristic(v.model).value;
 */
export function planHeuristic(valid: ValidPlanningModel, options: HeuristicOptions = {}): Plan {
  const release = heuristicAssignment(valid, options);
  return buildPlan(valid.compiled, release, { method: 'heuristic' });
}

/**
 * The heuristic's raw assignment (release index per item, `-1` = deferred), used as the MIP's
 * warm start.
 *
 * @example
 * heuristicAssignment(valid, { seed: 1 }); // => [0, -1, 1, …]
 */
export function heuristicAssignment(valid: ValidPlanningModel, options: HeuristicOptions = {}): number[] {
  const m = valid.compiled;
  if (isUnionKnapsack(m)) {
    // One release and no team limits: a set-union knapsack, searched in bundle space with
    // incremental marginal costs (orders of magnitude more moves than the general search).
    const effort = unionEffort(m.bundles.length, options.thorough ?? false, options.seed ?? 1);
    if (options.moves !== undefined) effort.steps = options.moves;
    if (options.stop) effort.stop = options.stop;
    return planUnionAssignment(m, valid.mustHavePlacement, effort);
  }
  const moves = options.moves ?? defaultMoves(valid.compiled.bundles.length);
  // Two greedy views (full marginal cost; cost shared among the bundles needing each item), each
  // improved by the same local search; the better one wins. Once `stop` says so, the first view's
  // complete greedy fill is the plan.
  let best: BundleSearch | undefined;
  for (const shared of [false, true]) {
    // Past the caller's deadline one greedy view is plan enough; the second would double the
    // work that still has to run (about a CPU second on a 50k-issue export).
    if (best && options.stop?.()) break;
    const search = new BundleSearch(valid.compiled, valid.mustHavePlacement);
    search.sharedCosts = shared;
    if (options.stop) search.stop = options.stop;
    search.fill();
    search.improve(Math.ceil(moves / 2), seededRandom(options.seed ?? 1));
    if (!best || search.objective > best.objective) best = search;
  }
  return Array.from(best!.release);
}

function defaultMoves(bundles: number): number {
  // Enough for every bundle to be dropped a few times, capped so "instant" stays well under a
  // second. Each move refills greedily over every bundle, so on a large backlog the cap falls with
  // its size (about MOVE_WORK bundle rescorings in all): 1,500 moves on a 50k-issue export took
  // 211 CPU s under `plan --instant`.
  return Math.min(2 * bundles, 1500, Math.max(MIN_MOVES, Math.floor(MOVE_WORK / Math.max(1, bundles))));
}

const MOVE_WORK = 400_000;
const MIN_MOVES = 20;
