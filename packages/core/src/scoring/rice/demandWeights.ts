import type { Customer } from '../../model/customer';
import type { ReachOptions } from './reachOptions';

/**
 * How customer requests add up to Reach (the Linear app's `TRAILMAP_REACH_WEIGHTS`). Each unique customer counts
 * `(perCustomer + perRevenueUnit·revenue/revenueUnit + perSizeUnit·size/sizeUnit) × tier
 * multiplier`, × `importantMultiplier` when any of its requests carries the `important` label. A customer
 * asking ten times counts once; requests without a customer count `anonymousWeight` each.
 */
export interface DemandWeights {
  perCustomer: number;
  perRevenueUnit: number;
  revenueUnit: number;
  perSizeUnit: number;
  sizeUnit: number;
  /** Tier name (case-insensitive, e.g. Linear's tier `name`) → multiplier. */
  tierMultipliers: Readonly<Record<string, number>>;
  defaultTierMultiplier: number;
  importantMultiplier: number;
  anonymousWeight: number;
}

/** Defaults: unique customers, important requests worth 1.5×, tiers neutral. */
export const DEFAULT_DEMAND_WEIGHTS: DemandWeights = {
  perCustomer: 1,
  perRevenueUnit: 0,
  revenueUnit: 1000,
  perSizeUnit: 0,
  sizeUnit: 100,
  tierMultipliers: {},
  defaultTierMultiplier: 1,
  importantMultiplier: 1.5,
  anonymousWeight: 1,
};

/**
 * The one Reach weighting model, from the config's `reach` section: `customers` counts each
 * customer 1, `revenue` counts revenue ÷ `revenueUnit`, `tier` counts the tier's weight; no
 * importance bonus. `deriveReach` and `computeDemand` both weigh customers through it.
 *
 * @example
 * demandWeightsOf({ weightBy: 'revenue', revenueUnit: 1000 }).perRevenueUnit; // => 1
 */
export function demandWeightsOf(options: ReachOptions): DemandWeights {
  const by = options.weightBy ?? 'customers';
  return {
    ...DEFAULT_DEMAND_WEIGHTS,
    perCustomer: by === 'revenue' ? 0 : 1,
    perRevenueUnit: by === 'revenue' ? 1 : 0,
    revenueUnit: options.revenueUnit ?? 1000,
    tierMultipliers: by === 'tier' ? (options.tierWeights ?? {}) : {},
    defaultTierMultiplier: by === 'tier' ? (options.defaultTierWeight ?? 1) : 1,
    importantMultiplier: 1,
    anonymousWeight: options.anonymousWeight ?? 1,
  };
}

/**
 * One customer's unrounded weight under `weights`: `(perCustomer + revenue and size parts) ×
 * tier multiplier × importance`. A customer the backlog does not know counts with no revenue,
 * no size and the default tier.
 *
 * @example
 * demandWeightOf({ id: 'a', name: 'A', tier: 'pro' }, false, { ...DEFAULT_DEMAND_WEIGHTS, tierMultipliers: { pro: 2 } }).weight; // => 2
 */
export function demandWeightOf(
  c: Pick<Customer, 'revenue' | 'size' | 'tier'> | undefined,
  important: boolean,
  w: DemandWeights,
): { tier: number; weight: number } {
  let base = w.perCustomer;
  if (w.perRevenueUnit && c?.revenue !== undefined) base += (w.perRevenueUnit * c.revenue) / w.revenueUnit;
  if (w.perSizeUnit && c?.size !== undefined) base += (w.perSizeUnit * c.size) / w.sizeUnit;
  const tierKey = c?.tier?.toLowerCase();
  const tierEntry = tierKey
    ? Object.entries(w.tierMultipliers).find(([k]) => k.toLowerCase() === tierKey)
    : undefined;
  const tier = tierEntry ? tierEntry[1] : w.defaultTierMultiplier;
  return { tier, weight: base * tier * (important ? w.importantMultiplier : 1) };
}
