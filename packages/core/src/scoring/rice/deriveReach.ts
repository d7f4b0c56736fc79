import type { Backlog } from '../../model/backlog';
import type { Customer } from '../../model/customer';
import type { WorkItem } from '../../model/workItem';
import { type DemandWeights, demandWeightOf, demandWeightsOf } from './demandWeights';
import type { ReachOptions } from './reachOptions';

/**
 * Reach derived from evidence, with what it was built from.
 *
 * @example
 * deriveReach(item, backlog).reach; // => 3
 */
export interface ReachDerivation {
  /** The weighted reach. */
  reach: number;
  /** Ids of the unique customers counted. */
  customerIds: string[];
  /** Ids of the linked feedback records. */
  feedbackIds: string[];
  /** Feedback records with no customer, each counted at `anonymousWeight`. */
  anonymousFeedback: number;
  /** Customer ids referenced but absent from the backlog (counted at the default weight 1 / tier default; revenue 0). */
  unknownCustomerIds: string[];
}

/**
 * Reach from linked feedback and customers: the unique customers who asked (directly on the
 * item, or through feedback linked either way), weighted by count, revenue or tier, plus
 * anonymous feedback. A customer asking ten times counts once.
 *
 * @example
 * deriveReach(item, backlog, { weightBy: 'revenue', revenueUnit: 1000 }).reach; // => 240 (k revenue)
 */
export function deriveReach(
  item: WorkItem,
  backlog: Backlog,
  options: ReachOptions | DemandWeights = {},
): ReachDerivation {
  const linked = backlog.feedback.filter(
    (f) => f.itemKeys.includes(item.key) || item.feedbackIds.includes(f.id),
  );
  const customers = new Map(backlog.customers.map((c) => [c.id, c]));
  return derive(item, linked, customers, options);
}

/**
 * {@link deriveReach} for every item at once, indexing feedback and customers a single time.
 *
 * @example
 * deriveReachAll(backlog).get('PM-1')?.reach;
 */
export function deriveReachAll(backlog: Backlog, options: ReachOptions = {}): Map<string, ReachDerivation> {
  const customers = new Map(backlog.customers.map((c) => [c.id, c]));
  const byId = new Map(backlog.feedback.map((f) => [f.id, f]));
  const byKey = new Map<string, Backlog['feedback']>();
  for (const f of backlog.feedback) {
    for (const key of f.itemKeys) {
      const list = byKey.get(key);
      if (list) list.push(f);
      else byKey.set(key, [f]);
    }
  }
  const out = new Map<string, ReachDerivation>();
  for (const item of backlog.items) {
    const linked = new Set(byKey.get(item.key) ?? []);
    for (const id of item.feedbackIds) {
      const f = byId.get(id);
      if (f) linked.add(f);
    }
    out.set(item.key, derive(item, [...linked], customers, options));
  }
  return out;
}

/**
 * Items with a blank `reach` field filled from {@link deriveReachAll} (when the evidence gives
 * more than 0). Items that already have a reach are returned unchanged; nothing is mutated.
 *
 * @example
 * scoreItems(withDerivedReach(backlog), 'rice');
 */
export function withDerivedReach(backlog: Backlog, options: ReachOptions = {}): WorkItem[] {
  const derived = deriveReachAll(backlog, options);
  return backlog.items.map((item) => {
    const current = item.fields.reach;
    if (current !== undefined && current !== null && current !== '') return item;
    const reach = derived.get(item.key)?.reach ?? 0;
    return reach > 0 ? { ...item, fields: { ...item.fields, reach } } : item;
  });
}

function derive(
  item: WorkItem,
  linked: readonly Backlog['feedback'][number][],
  customers: ReadonlyMap<string, Customer>,
  options: ReachOptions | DemandWeights,
): ReachDerivation {
  const ids = new Set(item.customerIds);
  let anonymous = 0;
  const feedbackIds = new Set<string>();
  for (const f of linked) {
    feedbackIds.add(f.id);
    if (f.customerId) ids.add(f.customerId);
    else anonymous++;
  }
  // The config's `reach` options and the Linear app's demand weights are one model.
  const weights = 'perCustomer' in options ? options : demandWeightsOf(options);
  let reach = anonymous * weights.anonymousWeight;
  const unknown: string[] = [];
  for (const id of ids) {
    const c = customers.get(id);
    if (!c) unknown.push(id);
    // Importance is the demand view's own bonus (computeDemand); the count here is who asked.
    reach += demandWeightOf(c, false, weights).weight;
  }
  return {
    reach,
    customerIds: [...ids],
    feedbackIds: [...feedbackIds],
    anonymousFeedback: anonymous,
    unknownCustomerIds: unknown,
  };
}
