import type { CompiledModel } from './compiledModel';
import { NOT_PINNED } from './compiledModel';

/**
 * Why an item was left out of the plan.
 * - `capacity`: it would not fit, and it lost to `lostTo`, the marginal item of the release it
 *   would have gone to (the lowest value density there), although its own density is higher;
 * - `lower_value_density`: its value per unit of cost is below the release's cutoff item;
 * - `too_large`: it costs more than any release it could go to holds, so it can never fit
 *   (however the rest is planned); `capacity` is the largest such release's capacity;
 * - `missing_prerequisite`: a prerequisite is itself deferred;
 * - `no_value`: nothing (neither a score nor a customer) gives it value.
 */
export type Deferral =
  | {
      id: string;
      reason: 'capacity';
      /** The release it would have gone to. */
      release: string;
      /** How much capacity was missing. */
      shortfall: number;
      lostTo: string | null;
      density: number;
    }
  | {
      id: string;
      reason: 'lower_value_density';
      release: string;
      density: number;
      cutoff: number;
      cutoffItem: string | null;
    }
  | { id: string; reason: 'too_large'; cost: number; capacity: number }
  | { id: string; reason: 'missing_prerequisite'; prerequisite: string }
  | { id: string; reason: 'no_value' };

/**
 * Value density per item: its own value plus an equal share of every customer bundle it belongs
 * to, per unit of cost (prerequisites share in the customers that need them).
 *
 * @example
 * attributedValue(compiled)[0]; // => own value + customer shares of item 0
 */
export function attributedValue(model: CompiledModel): number[] {
  const value = Array.from({ length: model.n }, () => 0);
  for (const bundle of model.bundles) {
    if (bundle.item >= 0) {
      value[bundle.item]! += bundle.value;
      continue;
    }
    for (const i of bundle.items) value[i]! += bundle.value / bundle.items.length;
  }
  return value;
}

/**
 * Explains every unscheduled item of an assignment (`release[i] = -1`).
 *
 * @example
 * explainDeferrals(compiled, [0, -1]); // => [{ id: 'b', reason: 'capacity', lostTo: 'a', … }]
 */
export function explainDeferrals(model: CompiledModel, release: readonly number[]): Deferral[] {
  const R = model.releaseCount;
  const worth = attributedValue(model);
  const density = (i: number): number =>
    model.cost[i]! > 0 ? worth[i]! / model.cost[i]! : worth[i]! > 0 ? Number.POSITIVE_INFINITY : 0;
  const used: number[] = Array.from({ length: R }, () => 0);
  for (let i = 0; i < model.n; i++) if (release[i]! >= 0) used[release[i]!]! += model.cost[i]!;
  // The marginal item of each release (its lowest-density unpinned item) is the same for every
  // deferred item, so it is found once per release: one pass, not one per deferred item.
  const marginalOf: number[] = Array.from({ length: R }, () => -1);
  for (let j = 0; j < model.n; j++) {
    const r = release[j]!;
    if (r < 0 || model.pin[j] !== NOT_PINNED) continue;
    const m = marginalOf[r]!;
    if (m < 0 || density(j) < density(m)) marginalOf[r] = j;
  }
  const deferrals: Deferral[] = [];
  for (let i = 0; i < model.n; i++) {
    if (release[i]! >= 0) continue;
    const id = model.ids[i]!;
    if (worth[i]! <= 0) {
      deferrals.push({ id, reason: 'no_value' });
      continue;
    }
    const missing = model.prerequisites[i]!.find((p) => release[p]! < 0);
    if (missing !== undefined) {
      deferrals.push({ id, reason: 'missing_prerequisite', prerequisite: model.ids[missing]! });
      continue;
    }
    const from = Math.max(0, ...model.prerequisites[i]!.map((p) => release[p]!));
    const largest = Math.max(0, ...model.capacity.slice(from));
    if (model.cost[i]! > largest) {
      deferrals.push({ id, reason: 'too_large', cost: model.cost[i]!, capacity: largest });
      continue;
    }
    let target = from;
    for (let r = from; r < R; r++) {
      if (model.capacity[r]! - used[r]! > model.capacity[target]! - used[target]!) target = r;
    }
    const shortfall = model.cost[i]! - (model.capacity[target]! - used[target]!);
    const marginal = marginalOf[target]!;
    const releaseId = model.source.releases[target]!.id;
    const cutoff = marginal >= 0 ? density(marginal) : 0;
    if (shortfall > 0 && density(i) > cutoff) {
      deferrals.push({
        id,
        reason: 'capacity',
        release: releaseId,
        shortfall,
        lostTo: marginal >= 0 ? model.ids[marginal]! : null,
        density: density(i),
      });
    } else {
      deferrals.push({
        id,
        reason: 'lower_value_density',
        release: releaseId,
        density: density(i),
        cutoff,
        cutoffItem: marginal >= 0 ? model.ids[marginal]! : null,
      });
    }
  }
  return deferrals;
}
