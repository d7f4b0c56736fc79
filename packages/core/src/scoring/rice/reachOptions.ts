import { z } from 'zod';

/**
 * How customers count towards derived Reach (the `reach` section of `trailmap.config.json`).
 * - `weightBy`: `customers` (default, each unique customer 1), `revenue` (annual revenue ÷
 *   `revenueUnit`, default 1000) or `tier` (`tierWeights`, unlisted tiers `defaultTierWeight`, default 1).
 * - `anonymousWeight`: each feedback record with no customer (default 1; 0 ignores them).
 *
 * @example
 * ReachOptionsSchema.parse({ weightBy: 'tier', tierWeights: { enterprise: 5, pro: 2, free: 1 } });
 */
export const ReachOptionsSchema = z
  .object({
    weightBy: z.enum(['customers', 'revenue', 'tier']).optional(),
    tierWeights: z.record(z.string().min(1), z.number().finite().nonnegative()).optional(),
    defaultTierWeight: z.number().finite().nonnegative().optional(),
    revenueUnit: z.number().finite().positive().optional(),
    anonymousWeight: z.number().finite().nonnegative().optional(),
  })
  .strict();

/** Reach weighting options; see {@link ReachOptionsSchema}. */
export type ReachOptions = z.infer<typeof ReachOptionsSchema>;
