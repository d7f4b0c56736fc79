import type { CalendarDate, Release, WorkItem } from '../model/index';
import { isOpen } from '../model/isOpen';
import { collectDependencies, type Dependency } from './dependencies';
import { indexChildren } from './indexChildren';
import { releaseContext } from './releaseContext';
import type { DateSpan, RiskFlag } from './types';

/**
 * What risk assessment needs besides the items.
 *
 * @example
 * const o: RiskOptions = { today: '2026-02-01', forecasts: new Map([['PM-1', { start: '2026-02-01', end: '2026-03-01' }]]) };
 */
export interface RiskOptions {
  today: CalendarDate;
  releases?: readonly Release[] | undefined;
  /** The release planner's forecast per item key. */
  forecasts?: ReadonlyMap<string, DateSpan> | undefined;
  /** The release planner's forecast per release id. */
  releaseForecasts?: ReadonlyMap<string, DateSpan> | undefined;
  /** Dependencies already collected from `items` (see `collectDependencies`), to skip a pass. */
  dependencies?: readonly Dependency[] | undefined;
}

/**
 * Flags items whose target date cannot hold: the forecast ends later, a child ends later, a
 * prerequisite ends later, or the date has passed. Only open items with a target date are
 * assessed; done and cancelled items carry no risk. The forecast is the planner's item forecast,
 * else its release's forecast. A child's or prerequisite's "end" is its target date, else its
 * forecast end, else its release's end date.
 *
 * @example
 * const risks = assessRisks(
 *   [{ ...item, key: 'PM-1', targetDate: '2026-03-01' }],
 *   { today: '2026-02-01', forecasts: new Map([['PM-1', { start: '2026-02-01', end: '2026-03-20' }]]) },
 * );
 * risks.get('PM-1')?.[0]?.code; // => 'target_before_forecast'
 */
export function assessRisks(items: readonly WorkItem[], options: RiskOptions): Map<string, RiskFlag[]> {
  const releases = releaseContext(options.releases ?? [], options.today);
  const byKey = new Map<string, WorkItem>();
  for (const item of items) if (!byKey.has(item.key)) byKey.set(item.key, item);
  const plannerEnd = (item: WorkItem): CalendarDate | undefined => {
    const own = options.forecasts?.get(item.key)?.end;
    if (own !== undefined) return own;
    const release = releases.releaseOf(item);
    return release ? options.releaseForecasts?.get(release.id)?.end : undefined;
  };
  const endOf = (item: WorkItem): CalendarDate | undefined =>
    item.targetDate ?? plannerEnd(item) ?? releases.releaseOf(item)?.end;

  const children = indexChildren(items);
  const prerequisites = new Map<string, string[]>();
  for (const { from, to } of options.dependencies ?? collectDependencies(items).dependencies) {
    const list = prerequisites.get(to);
    if (list) list.push(from);
    else prerequisites.set(to, [from]);
  }

  /** Open items ending after `target`, latest end first (input order among equal ends). */
  const late = (candidates: readonly WorkItem[], target: CalendarDate): [WorkItem, CalendarDate][] => {
    const out: [WorkItem, CalendarDate][] = [];
    for (const candidate of candidates) {
      const end = isOpen(candidate) ? endOf(candidate) : undefined;
      if (end !== undefined && target < end) out.push([candidate, end]);
    }
    return out.sort((a, b) => (a[1] < b[1] ? 1 : a[1] > b[1] ? -1 : 0));
  };

  const risks = new Map<string, RiskFlag[]>();
  for (const item of byKey.values()) {
    const target = item.targetDate;
    if (target === undefined || !isOpen(item)) continue;
    const flags: RiskFlag[] = [];
    if (target < options.today) {
      flags.push({ code: 'overdue', message: `target ${target} has passed (today is ${options.today})` });
    }
    const forecast = plannerEnd(item);
    if (forecast !== undefined && target < forecast) {
      flags.push({
        code: 'target_before_forecast',
        message: `target ${target} is before the forecast end ${forecast}`,
      });
    }
    // One flag per kind, naming the latest-ending child or prerequisite and how many others
    // also end late: an epic with eight late stories is one problem, not eight.
    const lateChildren = late(children.get(item.key) ?? [], target);
    if (lateChildren.length > 0) {
      const [latest, end] = lateChildren[0]!;
      flags.push({
        code: 'target_before_child',
        message: `target ${target} is before child ${latest.key} ends (${end})${others(lateChildren.length - 1, 'child', 'children')}`,
        relatedKey: latest.key,
      });
    }
    const prerequisiteItems: WorkItem[] = [];
    for (const key of prerequisites.get(item.key) ?? []) {
      const prerequisite = byKey.get(key);
      if (prerequisite) prerequisiteItems.push(prerequisite);
    }
    const latePrerequisites = late(prerequisiteItems, target);
    if (latePrerequisites.length > 0) {
      const [latest, end] = latePrerequisites[0]!;
      flags.push({
        code: 'target_before_prerequisite',
        message: `target ${target} is before prerequisite ${latest.key} ends (${end})${others(latePrerequisites.length - 1, 'prerequisite', 'prerequisites')}`,
        relatedKey: latest.key,
      });
    }
    if (flags.length > 0) risks.set(item.key, flags);
  }
  return risks;
}

function others(count: number, one: string, many: string): string {
  return count === 0 ? '' : ` and ${count} other ${count === 1 ? one : many}`;
}
