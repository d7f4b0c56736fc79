// A customer-demand weighting the Reach suites share (core's computeDemand, and linear-app's on
// data mapped from Linear), so both check one configuration and one arithmetic.

/**
 * Demand weights, to spread over core's `DEFAULT_DEMAND_WEIGHTS`, that count only revenue (1 per
 * 100,000), size (1 per 1,000 seats) and an enterprise tier ×2: no per-customer base, no bonus
 * for important requests, nothing for anonymous ones.
 *
 * @example
 * computeDemand(item, backlog, { ...DEFAULT_DEMAND_WEIGHTS, ...REVENUE_SIZE_TIER_WEIGHTS });
 */
export const REVENUE_SIZE_TIER_WEIGHTS = {
  perCustomer: 0,
  perRevenueUnit: 1,
  revenueUnit: 100_000,
  perSizeUnit: 1,
  sizeUnit: 1000,
  tierMultipliers: { enterprise: 2 },
  importantMultiplier: 1,
  anonymousWeight: 0,
};
