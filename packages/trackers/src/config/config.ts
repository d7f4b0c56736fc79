import { CalendarDateSchema } from '@trailmap/core';
import { z } from 'zod';

/**
 * A customer as the config lists it: enriches customers named in the export (matched by `id`,
 * `name` or any of `aliases`, case-insensitively) and adds those never named.
 *
 * @example
 * CustomerConfigSchema.parse({ name: 'Acme Corp', revenue: 120000, tier: 'enterprise' });
 */
export const CustomerConfigSchema = z
  .object({
    id: z.string().min(1).optional(),
    name: z.string().min(1),
    revenue: z.number().finite().nonnegative().optional(),
    tier: z.string().min(1).optional(),
    size: z.number().finite().nonnegative().optional(),
    aliases: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type CustomerConfig = z.infer<typeof CustomerConfigSchema>;

/**
 * A release (Jira fix version or Linear cycle, by name) with dates and capacity in the team's
 * estimate unit. Releases listed here come first, in this order.
 *
 * @example
 * ReleaseConfigSchema.parse({ name: '2026.1', start: '2026-01-05', end: '2026-02-13', capacity: 40 });
 */
export const ReleaseConfigSchema = z
  .object({
    name: z.string().min(1),
    start: CalendarDateSchema.optional(),
    end: CalendarDateSchema.optional(),
    capacity: z.number().finite().nonnegative().optional(),
    released: z.boolean().optional(),
  })
  .strict();
export type ReleaseConfig = z.infer<typeof ReleaseConfigSchema>;

/**
 * `trailmap.config.json`: column aliases, customers, release capacities, how to spot feedback,
 * how to read dates, plus sections owned by other jobs (`scorecards`, `reach`) passed through
 * unvalidated here and checked by the job that uses them.
 *
 * @example
 * TrailmapConfigSchema.parse({ mapping: { reach: ['Custom field (Users affected)'] } });
 */
export const TrailmapConfigSchema = z
  .object({
    $schema: z.string().optional(),
    /** The framework `score` and `plan` use when no --framework is given (`rice`, `signals`, …). */
    framework: z.string().min(1).optional(),
    /** `fields` name (or a WorkItem slot such as `team`) → extra column names that feed it. */
    mapping: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)).default({}),
    /** Scorecard definitions; validated by core's ScorecardSchema in the score command. */
    scorecards: z.array(z.unknown()).optional(),
    customers: z.array(CustomerConfigSchema).default([]),
    /** Reach weighting options (per tier, by revenue…), passed through to scoring. */
    reach: z.unknown().optional(),
    releases: z.array(ReleaseConfigSchema).default([]),
    feedback: z
      .object({
        /** Issue types that are feedback (default `Feedback`, `Customer feedback`, `Insight`). */
        issueTypes: z.array(z.string().min(1)).optional(),
        /** Labels that mark feedback (default `feedback`). */
        labels: z.array(z.string().min(1)).optional(),
        /** Linear teams whose issues are feedback (default names containing `Feedback` or `Triage`). */
        teams: z.array(z.string().min(1)).optional(),
      })
      .strict()
      .optional(),
    dates: z
      .object({
        /** How to read all-numeric Jira dates such as `7/9/2026`; inferred per file when absent. */
        order: z.enum(['dmy', 'mdy']).optional(),
        /** The Jira exporter's UTC offset, e.g. `+02:00`; Jira writes local times with no zone. */
        utcOffset: z
          .string()
          .regex(/^(Z|[+-]\d{2}:\d{2})$/, 'expected Z or an offset such as +02:00')
          .optional(),
      })
      .strict()
      .optional(),
    /** Linear sidecar with scoring inputs; default `<export>.scores.csv` beside the export. */
    scoresFile: z.string().min(1).optional(),
  })
  .strict();

/** A validated config. */
export type TrailmapConfig = z.infer<typeof TrailmapConfigSchema>;

/**
 * The config used when no file is found.
 *
 * @example
 * defaultConfig().mapping; // => {}
 */
export function defaultConfig(): TrailmapConfig {
  return TrailmapConfigSchema.parse({});
}
