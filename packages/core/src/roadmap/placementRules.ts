import { z } from 'zod';
import { addDays } from '../calendar/dayNumber';
import type { CalendarDate, StatusCategory, WorkItem } from '../model/index';
import { FieldValueSchema, StatusCategorySchema } from '../model/index';
import type { ReleaseContext } from './releaseContext';

/**
 * The three columns of a Now / Next / Later board.
 *
 * @example
 * const c: RoadmapColumnId = 'next';
 */
export type RoadmapColumnId = 'now' | 'next' | 'later';

/**
 * Zod schema for a placement rule as written in a config file. Rules are tried in order; the
 * first that matches an item places it. Items no rule matches go to Later (rule `fallback`).
 *
 * @example
 * PlacementRuleSchema.parse({ when: 'top-score', n: 5, column: 'next' });
 */
export const PlacementRuleSchema = z.discriminatedUnion('when', [
  z.object({
    id: z.string().min(1).optional(),
    when: z.literal('status'),
    statusCategory: StatusCategorySchema,
    column: z.enum(['now', 'next', 'later']),
  }),
  z.object({
    id: z.string().min(1).optional(),
    /** Matches items with at least one non-cancelled child in this status (status roll-up). */
    when: z.literal('child-status'),
    statusCategory: StatusCategorySchema,
    column: z.enum(['now', 'next', 'later']),
  }),
  z.object({
    id: z.string().min(1).optional(),
    when: z.literal('release'),
    /** Relative to today: the current release (or cycle), the next one, or none at all. */
    release: z.enum(['current', 'next', 'none']),
    column: z.enum(['now', 'next', 'later']),
  }),
  z.object({
    id: z.string().min(1).optional(),
    when: z.literal('top-score'),
    n: z.number().int().nonnegative(),
    column: z.enum(['now', 'next', 'later']),
  }),
  z.object({
    id: z.string().min(1).optional(),
    when: z.literal('target-within'),
    /** Matches items whose target date is at most this many days after today (or overdue). */
    days: z.number().int().nonnegative(),
    column: z.enum(['now', 'next', 'later']),
  }),
  z.object({
    id: z.string().min(1).optional(),
    when: z.literal('label'),
    label: z.string().min(1),
    column: z.enum(['now', 'next', 'later']),
  }),
  z.object({
    id: z.string().min(1).optional(),
    when: z.literal('field'),
    field: z.string().min(1),
    equals: FieldValueSchema,
    column: z.enum(['now', 'next', 'later']),
  }),
]);

/** A placement rule that can live in a config file. */
export type ConfigPlacementRule = z.infer<typeof PlacementRuleSchema>;

/**
 * A rule given in code, for tests or embedding apps with their own logic.
 *
 * @example
 * const r: CustomPlacementRule = { when: 'custom', id: 'bugs', description: 'Bugs', column: 'now', test: (i) => i.type === 'Bug' };
 */
export interface CustomPlacementRule {
  id: string;
  when: 'custom';
  description: string;
  column: RoadmapColumnId;
  test: (item: WorkItem, context: PlacementContext) => boolean;
}

/** Any placement rule. */
export type PlacementRule = ConfigPlacementRule | CustomPlacementRule;

/**
 * What rules may consult besides the item.
 *
 * @example
 * const ctx: PlacementContext = { today: '2026-02-01', releases: releaseContext([], '2026-02-01'), topByScore: new Set(), childrenOf: () => [] };
 */
export interface PlacementContext {
  today: CalendarDate;
  releases: ReleaseContext;
  /** Keys in the top N by score for each `top-score` rule, computed once per board. */
  topByScore: ReadonlySet<string>;
  /** The item's direct children in the input. */
  childrenOf: (item: WorkItem) => readonly WorkItem[];
}

/**
 * Which rule placed an item, and why, in words a board can show as a tooltip.
 *
 * @example
 * const p: Placement = { column: 'now', ruleId: 'in-progress', reason: 'In progress' };
 */
export interface Placement {
  column: RoadmapColumnId;
  /** The rule's `id` (or its default id), `done-in-current-release`, or `fallback`. */
  ruleId: string;
  reason: string;
}

/**
 * The default rules: in progress (itself or a child) or in the current release → Now; in the
 * next release or in the top `topN` by score → Next; anything else falls through to Later.
 *
 * @example
 * defaultPlacementRules(10).map((r) => r.column); // => ['now', 'now', 'now', 'next', 'next']
 */
export function defaultPlacementRules(topN = 10): ConfigPlacementRule[] {
  return [
    { id: 'in-progress', when: 'status', statusCategory: 'in_progress', column: 'now' },
    // Trackers do not roll status up: an epic still "To Do" while its stories move is in progress.
    { id: 'child-in-progress', when: 'child-status', statusCategory: 'in_progress', column: 'now' },
    { id: 'current-release', when: 'release', release: 'current', column: 'now' },
    { id: 'next-release', when: 'release', release: 'next', column: 'next' },
    { id: 'top-score', when: 'top-score', n: topN, column: 'next' },
  ];
}

/**
 * A stable id for a rule: its own `id`, else one derived from what it tests.
 *
 * @example
 * ruleId({ when: 'top-score', n: 5, column: 'next' }); // => 'top-score-5'
 */
export function ruleId(rule: PlacementRule): string {
  if (rule.id !== undefined) return rule.id;
  switch (rule.when) {
    case 'custom':
      return rule.id;
    case 'status':
      return `status-${rule.statusCategory}`;
    case 'child-status':
      return `child-status-${rule.statusCategory}`;
    case 'release':
      return `${rule.release}-release`;
    case 'top-score':
      return `top-score-${rule.n}`;
    case 'target-within':
      return `target-within-${rule.days}`;
    case 'label':
      return `label-${rule.label}`;
    case 'field':
      return `field-${rule.field}`;
  }
}

/**
 * Says in words what a rule matches, naming the actual release where it can.
 *
 * @example
 * describeRule({ when: 'status', statusCategory: 'in_progress', column: 'now' }, ctx); // => 'In progress'
 */
export function describeRule(rule: PlacementRule, releases: ReleaseContext): string {
  switch (rule.when) {
    case 'custom':
      return rule.description;
    case 'status':
      return STATUS_WORDS[rule.statusCategory];
    case 'child-status':
      return `A child is ${STATUS_WORDS[rule.statusCategory].toLowerCase()}`;
    case 'release': {
      if (rule.release === 'none') return 'Not scheduled in any release';
      const release = rule.release === 'current' ? releases.current : releases.next;
      const which = rule.release === 'current' ? 'current' : 'next';
      return release ? `In the ${which} release (${release.name})` : `In the ${which} release (none)`;
    }
    case 'top-score':
      return `Top ${rule.n} by score`;
    case 'target-within':
      return `Target date within ${rule.days} days`;
    case 'label':
      return `Labelled "${rule.label}"`;
    case 'field':
      return `${rule.field} = ${String(rule.equals)}`;
  }
}

/**
 * Whether a rule matches an item.
 *
 * @example
 * ruleMatches({ when: 'label', label: 'api', column: 'next' }, item, ctx);
 */
export function ruleMatches(rule: PlacementRule, item: WorkItem, ctx: PlacementContext): boolean {
  switch (rule.when) {
    case 'custom':
      return rule.test(item, ctx);
    case 'status':
      return item.statusCategory === rule.statusCategory;
    case 'child-status':
      return ctx.childrenOf(item).some((c) => !c.canceled && c.statusCategory === rule.statusCategory);
    case 'release': {
      const release = ctx.releases.releaseOf(item);
      if (rule.release === 'none') return item.release === undefined;
      const target = rule.release === 'current' ? ctx.releases.current : ctx.releases.next;
      return target !== undefined && release?.id === target.id;
    }
    case 'top-score':
      return ctx.topByScore.has(item.key);
    case 'target-within':
      return item.targetDate !== undefined && item.targetDate <= addDays(ctx.today, rule.days);
    case 'label':
      return item.labels.includes(rule.label);
    case 'field':
      return item.fields[rule.field] === rule.equals;
  }
}

const STATUS_WORDS: Record<StatusCategory, string> = {
  todo: 'Not started',
  in_progress: 'In progress',
  done: 'Done',
};
