import type { UnionSearch } from './unionSearch';

const EPS = 1e-9;

/** Knobs of `annealUnion`; the defaults suit NRP-sized models and scale with the model. */
export interface AnnealOptions {
  /** Flip proposals per annealing run. */
  steps: number;
  /** Cooling runs, each restarting from the best state seen; they alternate penalty modes. Default 1. */
  runs?: number;
  /** Start and end temperature as fractions of the mean bundle value (defaults 0.3 and 0.005). */
  hot?: number;
  cold?: number;
  /** Penalty per unit of budget overrun, as a multiple of the mean value density (default 1). */
  penalty?: number;
  /** How many times per run an over-budget walk is repaired into a feasible plan. Default 100. */
  repairs?: number;
  /** The caller's deadline, asked every 1,024 proposals: `true` ends the walk (best state kept). */
  stop?: () => boolean;
}

/**
 * Simulated annealing by single flips (choose or drop one bundle) on value minus a penalty for
 * overrunning the budget. A flip is judged in O(1) from the search's maintained marginal costs and
 * applied only when accepted, so millions of proposals run per second; passing through slightly
 * infeasible states lets it swap groups of bundles that a feasible-only search cannot. The best
 * feasible state is kept in `search.best`.
 *
 * @example
 * annealUnion(search, seededRandom(3), { steps: 2_000_000 });
 */
export function annealUnion(search: UnionSearch, random: () => number, options: AnnealOptions): void {
  const k = search.k;
  if (k.count === 0) return;
  let meanValue = 0;
  let meanCost = 0;
  for (let b = 0; b < k.count; b++) meanValue += k.value[b]!;
  for (let i = 0; i < k.itemCount; i++) meanCost += k.cost[i]!;
  meanValue /= k.count;
  // Density of value per unit of cost if every bundle were bought: the going price of budget.
  const base = ((options.penalty ?? 1) * (meanValue * k.count)) / Math.max(EPS, meanCost);
  let lambda = base;
  const hot = (options.hot ?? 0.3) * meanValue;
  const cold = (options.cold ?? 0.005) * meanValue;
  const budget = k.budget;
  const excess = (used: number): number => (used > budget ? used - budget : 0);
  search.remember(0);
  const stop = options.stop;
  let stopped = false;
  for (let run = 0; run < (options.runs ?? 1) && !stopped; run++) {
    if (run > 0) search.restoreBest();
    // A portfolio: runs alternate between a price of budget that adapts to keep the walk at the
    // budget's edge and a fixed one that lets it roam over budget (repairs bring it back). Each
    // wins on different instance shapes; neither is tuned to one instance.
    const adaptive = run % 2 === 0;
    lambda = base;
    const factor = (cold / hot) ** (1 / options.steps);
    let t = hot;
    const period = Math.max(1, Math.floor(options.steps / (options.repairs ?? 100)));
    for (let step = 0; step < options.steps; step++, t *= factor) {
      // A soft penalty may leave the walk over budget; repairing it now and then turns its
      // high-value states into feasible plans without stopping the walk.
      if (step % period === period - 1 && search.used > budget + EPS) repair(search, step + 1);
      // Strategic oscillation: the price of budget rises while the walk is over budget and eases
      // while it is within, so it hovers at the budget's edge whatever the instance's scale.
      if ((step & 1023) === 0) {
        if (stop?.()) {
          stopped = true;
          break;
        }
        if (adaptive) lambda *= search.used > budget + EPS ? 1.05 : 0.99;
      }
      const b = Math.floor(random() * k.count);
      const used = search.used;
      let delta: number;
      if (search.chosen[b] === 1)
        delta = -k.value[b]! + lambda * (excess(used) - excess(used - search.dropSave[b]!));
      else delta = k.value[b]! - lambda * (excess(used + search.addCost[b]!) - excess(used));
      if (delta < 0 && random() >= Math.exp(delta / t)) continue;
      if (search.chosen[b] === 1) search.drop(b);
      else search.add(b);
      if (search.used <= budget + EPS && search.value > search.bestValue + EPS) search.remember(step + 1);
    }
    repair(search, options.steps);
  }
  search.restoreBest();
}

/** Drops the chosen bundles worth least per unit of cost saved until the budget holds, then refills. */
function repair(search: UnionSearch, step: number): void {
  const k = search.k;
  while (search.used > k.budget + EPS) {
    let worst = -1;
    let worstRatio = Number.POSITIVE_INFINITY;
    for (let b = 0; b < k.count; b++) {
      if (search.chosen[b] !== 1 || search.dropSave[b]! <= EPS) continue;
      const ratio = k.value[b]! / search.dropSave[b]!;
      if (ratio < worstRatio) {
        worst = b;
        worstRatio = ratio;
      }
    }
    if (worst < 0) break;
    search.drop(worst);
  }
  search.fill();
  if (search.used <= k.budget + EPS && search.value > search.bestValue + EPS) search.remember(step);
}
