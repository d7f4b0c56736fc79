import type { Backlog } from '../../model/backlog';
import type { Customer } from '../../model/customer';
import type { WorkItem } from '../../model/workItem';
import { type DemandWeights, demandWeightOf } from './demandWeights';
import { deriveReach, type ReachDerivation } from './deriveReach';

export { DEFAULT_DEMAND_WEIGHTS, type DemandWeights } from './demandWeights';

/** One customer's part in an item's Reach. */
export interface CustomerDemand {
  customerId: string;
  name: string;
  tier: string | undefined;
  revenue: number | undefined;
  size: number | undefined;
  requests: number;
  important: boolean;
  weight: number;
  /** How the weight was computed, in words. */
  formula: string;
}

/** Reach of one item from customer requests, with every customer's contribution. */
export interface DemandResult {
  reach: number;
  customers: CustomerDemand[];
  anonymousRequests: number;
  /** Core's own derivation (unique customers, linked feedback), kept for cross-checking. */
  derivation: ReachDerivation;
  summary: string;
}

/**
 * Computes Reach for an item (issue or project) from the customer requests linked to it. Core's
 * `deriveReach` decides which customers and requests count (deduplicated); the weights here turn
 * them into a number, combining revenue, size and tier as the workspace configured.
 *
 * @example
 * computeDemand(item, backlog, DEFAULT_DEMAND_WEIGHTS).reach; // => 3 (three customers asked)
 */
export function computeDemand(item: WorkItem, backlog: Backlog, weights: DemandWeights): DemandResult {
  const derivation = deriveReach(item, backlog, weights);
  const feedbackIds = new Set(derivation.feedbackIds);
  const linked = backlog.feedback.filter((f) => feedbackIds.has(f.id));
  const customersById = new Map(backlog.customers.map((c) => [c.id, c]));
  const customers = derivation.customerIds.map((id) => {
    const requests = linked.filter((f) => f.customerId === id);
    const important = requests.some((f) => f.labels.includes('important'));
    return customerWeight(customersById.get(id) ?? { id, name: id }, requests.length, important, weights);
  });
  customers.sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name));
  const anonymousRequests = derivation.anonymousFeedback;
  const reach = round(
    customers.reduce((sum, c) => sum + c.weight, 0) + anonymousRequests * weights.anonymousWeight,
  );
  const anon = anonymousRequests > 0 ? ` + ${anonymousRequests} request(s) without a customer` : '';
  const summary =
    customers.length === 0 && anonymousRequests === 0
      ? 'No customer has asked for this yet.'
      : `Reach ${reach} from ${customers.length} customer(s)${anon}.`;
  return { reach, customers, anonymousRequests, derivation, summary };
}

function customerWeight(c: Customer, requests: number, important: boolean, w: DemandWeights): CustomerDemand {
  const parts: string[] = [];
  if (w.perCustomer) parts.push(String(w.perCustomer));
  if (w.perRevenueUnit && c.revenue !== undefined)
    parts.push(`${w.perRevenueUnit}×revenue ${c.revenue}/${w.revenueUnit}`);
  if (w.perSizeUnit && c.size !== undefined) parts.push(`${w.perSizeUnit}×size ${c.size}/${w.sizeUnit}`);
  const { tier, weight } = demandWeightOf(c, important, w);
  const imp = important ? w.importantMultiplier : 1;
  let formula = `(${parts.join(' + ') || '0'})`;
  if (tier !== 1) formula += ` × tier ${c.tier ?? 'none'} ${tier}`;
  if (imp !== 1) formula += ` × important ${imp}`;
  return {
    customerId: c.id,
    name: c.name,
    tier: c.tier,
    revenue: c.revenue,
    size: c.size,
    requests,
    important,
    weight: round(weight),
    formula,
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
