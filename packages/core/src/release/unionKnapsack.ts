import type { CompiledModel } from './compiledModel';

/**
 * A single-release model as a set-union knapsack: choose bundles (customers, or items with own
 * value, each closed under prerequisites) so the union of their items fits the budget. In flat
 * typed arrays so the local search allocates nothing in its inner loop.
 */
export interface UnionKnapsack {
  /** Bundles kept after preprocessing. */
  count: number;
  /** Summed face value per kept bundle. */
  value: Float64Array;
  /** CSR: kept bundle `b` holds local items `items[start[b]…start[b+1])`. */
  start: Int32Array;
  items: Int32Array;
  /** Local item count, cost and original item index per local item. */
  itemCount: number;
  cost: Float64Array;
  itemOf: Int32Array;
  /** CSR: local item `i` is held by kept bundles `holders[holderStart[i]…holderStart[i+1])`. */
  holderStart: Int32Array;
  holders: Int32Array;
  /** Room left for bundles once the pre-placed (must-have) items are paid for. */
  budget: number;
  /** Original bundle indices merged into each kept bundle. */
  members: number[][];
}

/**
 * True when the fast path applies: one release and no finite team capacity. Chosen by structure
 * only, so any model of that shape (customer values, item values, must-haves) takes it.
 *
 * @example
 * isUnionKnapsack(compiled); // => true for an NRP instance
 */
export function isUnionKnapsack(m: CompiledModel): boolean {
  return m.releaseCount === 1 && m.teamCapacity[0]!.every((cap) => !Number.isFinite(cap));
}

/**
 * Builds the union knapsack of a single-release model. Exact preprocessing only: items already
 * placed (must-haves) are paid for up front and leave the bundles; bundles with no value, or whose
 * remaining items alone exceed the room, are dropped (no feasible plan completes them); bundles
 * needing the same items are merged by summing values; items no kept bundle needs are dropped.
 *
 * @example
 * const k = buildUnionKnapsack(compiled, mustHavePlacement);
 * k.count; // bundles left to choose from
 */
export function buildUnionKnapsack(m: CompiledModel, placed: readonly number[]): UnionKnapsack {
  let fixedCost = 0;
  for (let i = 0; i < m.n; i++) if ((placed[i] ?? -1) >= 0) fixedCost += m.cost[i]!;
  const budget = m.capacity[0]! - fixedCost;
  const merged = new Map<string, { value: number; items: number[]; members: number[] }>();
  m.bundles.forEach((bundle, k) => {
    if (!(bundle.value > 0)) return;
    const items = bundle.items.filter((i) => (placed[i] ?? -1) < 0);
    let cost = 0;
    for (const i of items) cost += m.cost[i]!;
    if (cost > budget + 1e-9) return;
    const key = items.join(',');
    const entry = merged.get(key);
    if (entry) {
      entry.value += bundle.value;
      entry.members.push(k);
    } else merged.set(key, { value: bundle.value, items, members: [k] });
  });
  const kept = [...merged.values()];
  const local = new Int32Array(m.n).fill(-1);
  const itemOf: number[] = [];
  for (const b of kept)
    for (const i of b.items)
      if (local[i]! < 0) {
        local[i] = itemOf.length;
        itemOf.push(i);
      }
  const itemCount = itemOf.length;
  const start = new Int32Array(kept.length + 1);
  kept.forEach((b, k) => {
    start[k + 1] = start[k]! + b.items.length;
  });
  const items = new Int32Array(start[kept.length]!);
  const degree = new Int32Array(itemCount + 1);
  kept.forEach((b, k) => {
    b.items.forEach((i, j) => {
      items[start[k]! + j] = local[i]!;
      degree[local[i]! + 1]!++;
    });
  });
  const holderStart = new Int32Array(itemCount + 1);
  for (let i = 0; i < itemCount; i++) holderStart[i + 1] = holderStart[i]! + degree[i + 1]!;
  const fill = Int32Array.from(holderStart.subarray(0, itemCount));
  const holders = new Int32Array(items.length);
  for (let k = 0; k < kept.length; k++)
    for (let p = start[k]!; p < start[k + 1]!; p++) holders[fill[items[p]!]!++] = k;
  return {
    count: kept.length,
    value: Float64Array.from(kept, (b) => b.value),
    start,
    items,
    itemCount,
    cost: Float64Array.from(itemOf, (i) => m.cost[i]!),
    itemOf: Int32Array.from(itemOf),
    holderStart,
    holders,
    budget,
    members: kept.map((b) => b.members),
  };
}
