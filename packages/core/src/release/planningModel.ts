import { z } from 'zod';

/**
 * Where a must-have item has to ship: in one named release, or in any release of the horizon.
 *
 * @example
 * MustHaveSchema.parse({ release: 'r1' }); // pinned to r1
 * MustHaveSchema.parse('any');             // some release, the planner chooses which
 */
export const MustHaveSchema = z.union([z.literal('any'), z.object({ release: z.string().min(1) })]);
export type MustHave = z.infer<typeof MustHaveSchema>;

/**
 * One plannable item: its cost in the team's estimate unit, its own value (a score, 0 when only
 * customers give it value) and the ids of the items it requires.
 *
 * @example
 * PlanningItemSchema.parse({ id: 'PM-1', cost: 5, value: 40, prerequisites: ['PM-0'] });
 */
export const PlanningItemSchema = z.object({
  id: z.string().min(1),
  title: z.string().default(''),
  cost: z.number().finite().nonnegative(),
  value: z.number().finite().nonnegative().default(0),
  /** Ids of items that must ship in the same or an earlier release. */
  prerequisites: z.array(z.string().min(1)).default([]),
  /** Team whose per-release capacity this item consumes, when capacity is split per team. */
  team: z.string().min(1).optional(),
  /** Tracker rank (lower first); the greedy baseline follows it. */
  rank: z.number().finite().optional(),
  mustHave: MustHaveSchema.optional(),
});
export type PlanningItem = z.infer<typeof PlanningItemSchema>;

/**
 * A release or cycle, in delivery order, with its capacity and optionally capacity per team.
 * `weight` overrides the discounted worth of value delivered in this release (EVOLVE-style).
 *
 * @example
 * PlanningReleaseSchema.parse({ id: 'r1', capacity: 30, teamCapacity: { web: 20, api: 10 } });
 */
export const PlanningReleaseSchema = z.object({
  id: z.string().min(1),
  name: z.string().optional(),
  capacity: z.number().finite().nonnegative(),
  teamCapacity: z.record(z.string(), z.number().finite().nonnegative()).optional(),
  weight: z.number().finite().nonnegative().optional(),
});
export type PlanningRelease = z.infer<typeof PlanningReleaseSchema>;

/**
 * A customer (or a feedback request) whose value counts only when every listed item ships,
 * together with the items' prerequisites (as in the Next Release Problem).
 *
 * @example
 * PlanningCustomerSchema.parse({ id: 'acme', value: 120, items: ['PM-1', 'PM-4'] });
 */
export const PlanningCustomerSchema = z.object({
  id: z.string().min(1),
  name: z.string().optional(),
  value: z.number().finite().nonnegative(),
  items: z.array(z.string().min(1)).min(1),
});
export type PlanningCustomer = z.infer<typeof PlanningCustomerSchema>;

/**
 * The release-planning model: items, releases in order, customers, and the per-release
 * discount. Value delivered in release `r` (0-based) is worth `(1 − discount)^r` of its face
 * value unless the release sets its own `weight`.
 *
 * @example
 * PlanningModelSchema.parse({
 *   items: [{ id: 'a', cost: 3, value: 10 }, { id: 'b', cost: 2, prerequisites: ['a'] }],
 *   releases: [{ id: 'r1', capacity: 4 }],
 *   customers: [{ id: 'c1', value: 50, items: ['b'] }],
 * });
 */
export const PlanningModelSchema = z.object({
  items: z.array(PlanningItemSchema),
  releases: z.array(PlanningReleaseSchema).min(1),
  customers: z.array(PlanningCustomerSchema).default([]),
  discount: z.number().finite().min(0).lt(1).default(0),
});
export type PlanningModel = z.infer<typeof PlanningModelSchema>;
export type PlanningModelInput = z.input<typeof PlanningModelSchema>;
