import type { PlanningModel } from './planningModel';

/** Marks an item that is not a must-have. */
export const NOT_PINNED = -2;
/** Marks a must-have that may ship in any release. */
export const PINNED_ANY = -1;

/**
 * A bundle of items that yields value only when all ship: one customer's requests, or one item
 * with own value; either way together with every transitive prerequisite.
 */
export interface ValueBundle {
  /** Face value before the per-release weight. */
  value: number;
  /** Item indices, closed under prerequisites. */
  items: number[];
  /** Index into `customers` for a customer bundle, or `-1` for an item's own value. */
  customer: number;
  /** Index of the item for an item bundle, or `-1`. */
  item: number;
}

/**
 * The validated model in index form, so every algorithm works on arrays instead of string maps.
 * Built only from a model that passed validation (known ids, no cycles).
 */
export interface CompiledModel {
  source: PlanningModel;
  n: number;
  releaseCount: number;
  ids: string[];
  cost: number[];
  value: number[];
  /** Team index per item, `-1` when the item has no team. */
  team: number[];
  teams: string[];
  /** Direct prerequisites per item. */
  prerequisites: number[][];
  /** Direct dependents per item. */
  dependents: number[][];
  /** Transitive prerequisites per item, excluding the item. */
  closure: number[][];
  /** Items in an order where prerequisites come first. */
  topological: number[];
  capacity: number[];
  /** `teamCapacity[r][t]`, `Infinity` where the release sets no team limit. */
  teamCapacity: number[][];
  /** Worth of one unit of value delivered in each release. */
  weight: number[];
  /** Release index a must-have is pinned to, `PINNED_ANY`, or `NOT_PINNED`. */
  pin: number[];
  bundles: ValueBundle[];
  /** Bundle indices per item. */
  itemBundles: number[][];
  /** Customer bundle index per customer. */
  customerBundle: number[];
}

/**
 * Indexes a model whose ids are known to resolve and whose dependencies are acyclic.
 *
 * @example
 * const c = compileModel(model, topologicalOrder);
 * c.closure[c.ids.indexOf('b')]; // => indices of every transitive prerequisite of b
 */
export function compileModel(model: PlanningModel, topological: number[]): CompiledModel {
  const ids = model.items.map((item) => item.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const at = (id: string): number => index.get(id) ?? -1;
  const n = ids.length;
  const teams = [
    ...new Set([
      ...model.items.flatMap((item) => (item.team ? [item.team] : [])),
      ...model.releases.flatMap((release) => Object.keys(release.teamCapacity ?? {})),
    ]),
  ];
  const prerequisites = model.items.map((item) => [...new Set(item.prerequisites.map(at))]);
  const dependents: number[][] = ids.map(() => []);
  prerequisites.forEach((pre, i) => {
    for (const p of pre) dependents[p]!.push(i);
  });
  const closureSets: Set<number>[] = ids.map(() => new Set());
  for (const i of topological) {
    const set = closureSets[i]!;
    for (const p of prerequisites[i]!) {
      set.add(p);
      for (const q of closureSets[p]!) set.add(q);
    }
  }
  const closure = closureSets.map((set) => [...set].sort((a, b) => a - b));
  const releaseIndex = new Map(model.releases.map((release, r) => [release.id, r]));
  const pin = model.items.map((item) => {
    if (!item.mustHave) return NOT_PINNED;
    if (item.mustHave === 'any') return PINNED_ANY;
    return releaseIndex.get(item.mustHave.release) ?? PINNED_ANY;
  });
  const bundles: ValueBundle[] = [];
  const customerBundle: number[] = [];
  model.items.forEach((item, i) => {
    if (item.value > 0)
      bundles.push({ value: item.value, items: [...closure[i]!, i], customer: -1, item: i });
  });
  model.customers.forEach((customer, c) => {
    const set = new Set<number>();
    for (const id of customer.items) {
      const i = at(id);
      set.add(i);
      for (const p of closure[i]!) set.add(p);
    }
    customerBundle.push(bundles.length);
    bundles.push({ value: customer.value, items: [...set].sort((a, b) => a - b), customer: c, item: -1 });
  });
  const itemBundles: number[][] = ids.map(() => []);
  bundles.forEach((bundle, k) => {
    for (const i of bundle.items) itemBundles[i]!.push(k);
  });
  return {
    source: model,
    n,
    releaseCount: model.releases.length,
    ids,
    cost: model.items.map((item) => item.cost),
    value: model.items.map((item) => item.value),
    team: model.items.map((item) => (item.team ? teams.indexOf(item.team) : -1)),
    teams,
    prerequisites,
    dependents,
    closure,
    topological,
    capacity: model.releases.map((release) => release.capacity),
    teamCapacity: model.releases.map((release) =>
      teams.map((team) => release.teamCapacity?.[team] ?? Number.POSITIVE_INFINITY),
    ),
    weight: model.releases.map((release, r) => release.weight ?? (1 - model.discount) ** r),
    pin,
    bundles,
    itemBundles,
    customerBundle,
  };
}
