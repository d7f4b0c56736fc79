import type { CalendarDate, Problem, WorkItem } from '../model/index';

/**
 * A span of calendar days, both ends inclusive (a one-day task has `start === end`).
 *
 * @example
 * const sprint: DateSpan = { start: '2026-01-05', end: '2026-01-16' };
 */
export interface DateSpan {
  start: CalendarDate;
  end: CalendarDate;
}

/**
 * A field items can be grouped by. `label` uses each item's primary label (see `primaryLabel`).
 *
 * @example
 * const nested: GroupField[] = ['initiative', 'project'];
 */
export type GroupField =
  | 'initiative'
  | 'project'
  | 'theme'
  | 'label'
  | 'team'
  | 'assignee'
  | 'release'
  | 'component'
  | 'milestone';

/** Every `GroupField`, in the order the CLI lists them. */
export const GROUP_FIELDS: readonly GroupField[] = [
  'initiative',
  'project',
  'theme',
  'label',
  'team',
  'assignee',
  'release',
  'component',
  'milestone',
];

/**
 * Which items a view shows: every item, or only top-level ones (items whose parent is not in the
 * input), with children rolled up into their parent's progress.
 *
 * @example
 * const level: RoadmapLevel = 'top';
 */
export type RoadmapLevel = 'all' | 'top';

/**
 * Delivery progress of an item, rolled up from its children (see `rollupProgress`).
 * `done + inProgress + todo === total`; cancelled children are never counted.
 *
 * @example
 * const p: Progress = { unit: 'items', done: 2, inProgress: 1, todo: 1, total: 4, ratio: 0.5, children: 4, unestimated: 0 };
 */
export interface Progress {
  /** `items` when counting children, `points` when summing their point estimates. */
  unit: 'items' | 'points';
  done: number;
  inProgress: number;
  todo: number;
  total: number;
  /** `done / total`, 0 when `total` is 0. */
  ratio: number;
  /** How many (non-cancelled) children or descendants were counted. */
  children: number;
  /** Children counted by points that have no point estimate (they add 0 to every total). */
  unestimated: number;
}

/**
 * Why an item is at risk. Codes are stable; `message` is one sentence for people.
 *
 * @example
 * const r: RiskFlag = { code: 'target_before_forecast', message: 'target 2026-03-01 is before the forecast end 2026-03-20' };
 */
export interface RiskFlag {
  code: RiskCode;
  message: string;
  /** The other item involved (a child or prerequisite), when there is one. */
  relatedKey?: string;
}

/**
 * `target_before_forecast`: the target date is before the release planner's forecast end.
 * `target_before_child`: a child's target (or forecast) end is after this item's target.
 * `target_before_prerequisite`: a prerequisite ends after this item's target.
 * `overdue`: not done and the target date has passed.
 */
export type RiskCode =
  | 'target_before_forecast'
  | 'target_before_child'
  | 'target_before_prerequisite'
  | 'overdue';

/**
 * An item a view leaves out, and why, so every input item is accounted for exactly once.
 *
 * @example
 * const e: ExcludedItem = { item, reason: 'canceled' };
 */
export interface ExcludedItem {
  item: WorkItem;
  /**
   * `done`: on the board, completed outside the current release; on the timeline, completed
   * with no dates. `canceled`: never shown. `child`: rolled up into its parent (level `top`).
   */
  reason: 'done' | 'canceled' | 'child';
}

/**
 * A non-fatal note about the input, e.g. a start date after the target date.
 * Same shape as `Problem`, so edges can print both the same way.
 */
export type RoadmapWarning = Problem;
