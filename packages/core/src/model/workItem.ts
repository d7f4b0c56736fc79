import { z } from 'zod';
import { CalendarDateSchema, InstantSchema } from './calendarDate';

/**
 * Where an item stands, normalised across trackers: Jira's status categories
 * (To Do / In Progress / Done) and Linear's state types map onto these three.
 *
 * @example
 * StatusCategorySchema.parse('in_progress');
 */
export const StatusCategorySchema = z.enum(['todo', 'in_progress', 'done']);
export type StatusCategory = z.infer<typeof StatusCategorySchema>;

/**
 * Units an estimate may be given in. `points` for story points, the rest are person-time.
 *
 * @example
 * EstimateUnitSchema.parse('points');
 */
export const EstimateUnitSchema = z.enum(['points', 'hours', 'days', 'weeks', 'person-months']);
export type EstimateUnit = z.infer<typeof EstimateUnitSchema>;

/**
 * An estimate with its unit, so that points are never summed with person-months.
 *
 * @example
 * EstimateSchema.parse({ value: 5, unit: 'points' });
 */
export const EstimateSchema = z.object({
  value: z.number().finite().nonnegative(),
  unit: EstimateUnitSchema,
});
export type Estimate = z.infer<typeof EstimateSchema>;

/**
 * A value a scoring input may hold. Free-form custom fields carry the inputs of any framework
 * (e.g. `reach`, `impact`), keyed by their normalised lower-case name.
 */
export const FieldValueSchema = z.union([z.number(), z.string(), z.boolean(), z.null()]);
export type FieldValue = z.infer<typeof FieldValueSchema>;

/**
 * One unit of work as core sees it, whichever tracker it came from. References to other items
 * (parent, dependencies) use the item `key` (`PROJ-12` in Jira, `ENG-12` in Linear).
 *
 * @example
 * WorkItemSchema.parse({
 *   id: '10001', key: 'PM-1', title: 'Bulk edit', statusCategory: 'todo',
 *   fields: { reach: 400, impact: 2, confidence: 0.8, effort: 2 },
 * });
 */
export const WorkItemSchema = z.object({
  /** The tracker's stable id (Jira issue id, Linear UUID). */
  id: z.string().min(1),
  /** The human key (`PM-12`), used for every cross-reference. */
  key: z.string().min(1),
  title: z.string(),
  description: z.string().default(''),
  /** Tracker issue type: Epic, Story, Bug, Idea, Feedback, … */
  type: z.string().default('Task'),
  /** The workflow status name as the tracker shows it. */
  status: z.string().default(''),
  statusCategory: StatusCategorySchema,
  /** Done-but-not-delivered (Won't Do, Duplicate, Canceled): excluded from progress. */
  canceled: z.boolean().default(false),
  labels: z.array(z.string()).default([]),
  estimate: EstimateSchema.optional(),
  /**
   * A time estimate kept beside story points (Jira's Original estimate when `estimate` holds
   * Story Points): what lets signals put items estimated only in time on the points scale.
   */
  timeEstimate: EstimateSchema.optional(),
  /** Key of the parent item (epic, parent issue). */
  parentKey: z.string().optional(),
  initiative: z.string().optional(),
  project: z.string().optional(),
  theme: z.string().optional(),
  team: z.string().optional(),
  assignee: z.string().optional(),
  /** The release, fix version or cycle the item is scheduled in. */
  release: z.string().optional(),
  /** Tracker rank: lower comes first. Used to break ties and by the greedy baseline. */
  rank: z.number().finite().optional(),
  startDate: CalendarDateSchema.optional(),
  targetDate: CalendarDateSchema.optional(),
  /** Keys of items this one is blocked by (its prerequisites). */
  blockedBy: z.array(z.string()).default([]),
  /** Keys of items this one blocks. */
  blocks: z.array(z.string()).default([]),
  /** Ids of feedback records linked to this item. */
  feedbackIds: z.array(z.string()).default([]),
  /** Ids of customers who asked for this item. */
  customerIds: z.array(z.string()).default([]),
  /** Scoring inputs and other custom fields, keyed by lower-case name. */
  fields: z.record(z.string(), FieldValueSchema).default({}),
  /** The tracker's priority name (`High`, `Urgent`, …), kept for display and mapping. */
  priority: z.string().optional(),
  createdAt: InstantSchema.optional(),
  updatedAt: InstantSchema.optional(),
  /** When the item was resolved or completed: the throughput history for forecasts. */
  completedAt: InstantSchema.optional(),
});

/** A parsed work item. */
export type WorkItem = z.infer<typeof WorkItemSchema>;
/** What a mapping file may hand in before defaults are applied. */
export type WorkItemInput = z.input<typeof WorkItemSchema>;
