import { MinHeap } from '../collections/minHeap';
import type { Backlog } from '../model/backlog';
import { isOpen } from '../model/isOpen';
import type { EstimateUnit, WorkItem } from '../model/workItem';
import type { MustHave, PlanningCustomer, PlanningModelInput, PlanningRelease } from './planningModel';

/** Why a backlog item could not enter the plan. */
export interface NotPlannable {
  key: string;
  reason: 'missing_estimate' | 'missing_value' | 'other_estimate_unit' | 'prerequisite_not_plannable';
  message: string;
}

/** Options of `modelFromBacklog`. */
export interface ModelFromBacklogOptions {
  /** Value per item key (e.g. RICE scores from `scoreItems`); items without one are not plannable. */
  values: Readonly<Record<string, number>>;
  /**
   * Releases to plan into: explicit ones, or `{ count, capacity }` to make `count` equal releases
   * named "Release 1", "Release 2", … Default: the backlog's unreleased releases with a capacity.
   */
  releases?: PlanningRelease[] | { count: number; capacity: number; teamCapacity?: Record<string, number> };
  /** Customers whose value counts only when all their items ship. */
  customers?: PlanningCustomer[];
  /** Must-haves by item key. */
  mustHaves?: Readonly<Record<string, MustHave>>;
  /** Per-release discount on value (EVOLVE-style). */
  discount?: number;
  /**
   * When a valued parent (an epic) has no estimate of its own, its value counts once all its open
   * children ship, like a customer bundle; the children need no value of their own. Default true.
   */
  rollUpParents?: boolean;
}

/** A planning model built from a backlog, with the items it had to leave out and why. */
export interface BacklogModel {
  model: PlanningModelInput;
  notPlannable: NotPlannable[];
  /** The estimate unit of the plan (the most common one among open items). */
  unit: EstimateUnit | undefined;
  warnings: string[];
}

/**
 * Builds a planning model from core work items: open items (not done, not canceled) with an
 * estimate in the backlog's main unit and a value become plannable items keyed by their `key`;
 * `blockedBy`/`blocks` become prerequisites (done ones count as shipped). Others are listed in
 * `notPlannable` with the reason.
 *
 * @example
 * const { model, notPlannable } = modelFromBacklog(backlog, { values: { 'PM-1': 12 }, releases: { count: 3, capacity: 20 } });
 */
export function modelFromBacklog(backlog: Backlog, options: ModelFromBacklogOptions): BacklogModel {
  const open = backlog.items.filter(isOpen);
  const byKey = new Map(backlog.items.map((item) => [item.key, item]));
  const warnings: string[] = [];
  const unitCounts = new Map<EstimateUnit, number>();
  for (const item of open) {
    if (item.estimate) unitCounts.set(item.estimate.unit, (unitCounts.get(item.estimate.unit) ?? 0) + 1);
  }
  const unit = [...unitCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const notPlannable = new Map<string, NotPlannable>();
  const rejected = (item: WorkItem, reason: NotPlannable['reason'], message: string): void => {
    notPlannable.set(item.key, { key: item.key, reason, message });
  };
  const hasValue = (key: string): boolean =>
    options.values[key] !== undefined && Number.isFinite(options.values[key]);
  // Parents with value but no estimate: their value rides on their children, as a bundle.
  const rolled = new Map<string, string[]>();
  if (options.rollUpParents ?? true) {
    for (const child of open) {
      const parent = child.parentKey ? byKey.get(child.parentKey) : undefined;
      if (!parent || parent.estimate || !hasValue(parent.key) || parent.statusCategory === 'done') continue;
      rolled.set(parent.key, [...(rolled.get(parent.key) ?? []), child.key]);
    }
  }
  const inBundle = new Set([...rolled.values()].flat());
  for (const c of options.customers ?? []) for (const k of c.items) inBundle.add(k);
  for (const item of open) {
    if (rolled.has(item.key)) {
      rejected(
        item,
        'missing_estimate',
        `${item.key} has no estimate; its value counts when all its children ship`,
      );
    } else if (!item.estimate) rejected(item, 'missing_estimate', `${item.key} has no estimate`);
    else if (item.estimate.unit !== unit) {
      rejected(
        item,
        'other_estimate_unit',
        `${item.key} is estimated in ${item.estimate.unit}, the plan in ${unit}`,
      );
    } else if (!hasValue(item.key) && !inBundle.has(item.key) && !options.mustHaves?.[item.key]) {
      rejected(item, 'missing_value', `${item.key} has no value (score)`);
    }
  }
  // Prerequisites from both directions of the link, restricted to open items.
  const prerequisites = new Map<string, Set<string>>(open.map((item) => [item.key, new Set<string>()]));
  for (const item of open) {
    for (const pre of item.blockedBy) prerequisites.get(item.key)!.add(pre);
    for (const dep of item.blocks) prerequisites.get(dep)?.add(item.key);
  }
  for (const [key, pres] of prerequisites) {
    for (const pre of [...pres]) {
      const target = byKey.get(pre);
      // A parent finishes when its children do, so a child cannot wait for it: an epic that
      // "blocks" its own story (common in Jira exports) would otherwise make the story unplannable.
      if (target && byKey.get(key)?.parentKey === pre) {
        pres.delete(pre);
        continue;
      }
      if (!target) {
        warnings.push(`${key} is blocked by ${pre}, which is not in the backlog; treated as done`);
        pres.delete(pre);
      } else if (!isOpen(target)) pres.delete(pre);
    }
  }
  // A dependent of an item that cannot be planned cannot be planned either. This was found by
  // passes over the open items until nothing changed: one pass per link of a blocked chain, so
  // quadratic on a long chain. The passes are replayed through a heap of (pass, position): an
  // item is looked at only once a prerequisite of it is rejected, at the pass and position where
  // a pass would have reached it, so each names the same blocker, in the same order.
  const position = new Map(open.map((item, i) => [item.key, i]));
  const dependents = new Map<string, string[]>();
  for (const [key, pres] of prerequisites) {
    for (const pre of pres) {
      const list = dependents.get(pre);
      if (list) list.push(key);
      else dependents.set(pre, [key]);
    }
  }
  const due = new MinHeap();
  const schedule = (key: string, pass: number, at: number): void => {
    for (const d of dependents.get(key) ?? []) {
      if (notPlannable.has(d)) continue;
      const p = position.get(d)!;
      due.push(p > at ? pass : pass + 1, p);
    }
  };
  for (const key of [...notPlannable.keys()]) schedule(key, 1, -1);
  while (due.size > 0) {
    const pass = due.peekKey();
    const at = due.pop();
    const item = open[at]!;
    if (notPlannable.has(item.key)) continue;
    const blocked = [...prerequisites.get(item.key)!].find((p) => notPlannable.has(p))!;
    rejected(item, 'prerequisite_not_plannable', `${item.key} requires ${blocked}, which cannot be planned`);
    schedule(item.key, pass, at);
  }
  const plannable = open.filter((item) => !notPlannable.has(item.key));
  const openKeys = new Set(open.map((item) => item.key));
  const bundles: PlanningCustomer[] = [];
  const candidates: PlanningCustomer[] = [
    ...[...rolled.entries()].map(([key, items]) => ({
      id: key,
      name: byKey.get(key)!.title,
      value: options.values[key]!,
      items,
    })),
    ...(options.customers ?? []),
  ];
  for (const bundle of candidates) {
    // Done items have shipped; an item that cannot be planned means the bundle can never complete.
    const items = bundle.items.filter((k) => openKeys.has(k) || !byKey.has(k));
    const blocker = items.find((k) => notPlannable.has(k) || !byKey.has(k));
    if (blocker) warnings.push(`${bundle.id} cannot be completed: ${blocker} cannot be planned`);
    else if (items.length > 0) bundles.push({ ...bundle, items });
  }
  return {
    model: {
      items: plannable.map((item) => ({
        id: item.key,
        title: item.title,
        cost: item.estimate!.value,
        value: hasValue(item.key) ? options.values[item.key]! : 0,
        prerequisites: [...prerequisites.get(item.key)!],
        ...(item.team ? { team: item.team } : {}),
        ...(item.rank !== undefined ? { rank: item.rank } : {}),
        ...(options.mustHaves?.[item.key] ? { mustHave: options.mustHaves[item.key]! } : {}),
      })),
      releases: releasesFor(backlog, options.releases),
      customers: bundles,
      discount: options.discount ?? 0,
    },
    notPlannable: [...notPlannable.values()],
    unit,
    warnings,
  };
}

function releasesFor(backlog: Backlog, releases: ModelFromBacklogOptions['releases']): PlanningRelease[] {
  if (Array.isArray(releases)) return releases;
  if (releases) {
    return Array.from({ length: releases.count }, (_, r) => ({
      id: `release-${r + 1}`,
      name: `Release ${r + 1}`,
      capacity: releases.capacity,
      ...(releases.teamCapacity ? { teamCapacity: releases.teamCapacity } : {}),
    }));
  }
  return backlog.releases
    .filter((release) => !release.released && release.capacity !== undefined)
    .map((release) => ({ id: release.id, name: release.name, capacity: release.capacity! }));
}
