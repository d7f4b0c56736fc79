import { PRESET_IDS } from '@trailmap/core';
import { DEFAULT_DEMAND_WEIGHTS } from '@trailmap/core/scoring';
import { z } from 'zod';
import { DEFAULT_IMPACT_BY_PRIORITY, type ScoringConfig } from '../reach/scoreWithDemand';

/** Workspace-level behaviour of the feature side, from environment variables. */
export interface FeatureSettings {
  /** Team keys whose new issues are feedback (classified and labelled). Triage issues always are. */
  feedbackTeamKeys: string[];
  /** Post a comment with the predicted labels and confidence. */
  labelComment: boolean;
  /** Only apply a predicted label at or above this confidence. */
  minLabelConfidence: number;
  scoring: ScoringConfig;
  /** How long links placed in Linear's sidebar stay valid. */
  linkTtlSeconds: number;
  /** Upcoming cycles a plan fills. */
  planHorizon: number;
  /** `exact` uses the HiGHS MIP worker (falls back to the heuristic if it cannot load). */
  planner: 'exact' | 'heuristic';
  /** Part of its teams' delivery rate a project gets when planning its milestones. */
  projectCapacityShare: number;
}

const WeightsSchema = z
  .object({
    perCustomer: z.number().nonnegative(),
    perRevenueUnit: z.number().nonnegative(),
    revenueUnit: z.number().positive(),
    perSizeUnit: z.number().nonnegative(),
    sizeUnit: z.number().positive(),
    tierMultipliers: z.record(z.string(), z.number().nonnegative()),
    defaultTierMultiplier: z.number().nonnegative(),
    importantMultiplier: z.number().nonnegative(),
    anonymousWeight: z.number().nonnegative(),
  })
  .partial();

const EnvSchema = z.object({
  TRAILMAP_FEEDBACK_TEAMS: z.string().default(''),
  TRAILMAP_LABEL_COMMENT: z.enum(['true', 'false']).default('true'),
  TRAILMAP_MIN_LABEL_CONFIDENCE: z.coerce.number().min(0).max(1).default(0.6),
  TRAILMAP_SCORING_FRAMEWORK: z.enum(PRESET_IDS).default('rice-open'),
  TRAILMAP_DEFAULT_CONFIDENCE: z.coerce.number().min(0).max(1).default(0.8),
  TRAILMAP_REACH_WEIGHTS: z
    .string()
    .default('{}')
    .transform((s, ctx) => {
      try {
        return JSON.parse(s) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be a JSON object, e.g. {"perCustomer": 1}' });
        return z.NEVER;
      }
    })
    .pipe(WeightsSchema),
  TRAILMAP_LINK_TTL_DAYS: z.coerce.number().positive().default(365),
  TRAILMAP_PLAN_HORIZON: z.coerce
    .number({ error: 'must be a whole number of cycles from 1 to 12' })
    .int('must be a whole number of cycles from 1 to 12')
    .min(1, 'must be a whole number of cycles from 1 to 12')
    .max(12, 'must be a whole number of cycles from 1 to 12')
    .default(3),
  TRAILMAP_PLANNER: z.enum(['exact', 'heuristic']).default('exact'),
  TRAILMAP_PROJECT_CAPACITY_SHARE: z.coerce.number().gt(0).max(1).default(1),
});

/**
 * Reads the feature settings. Bad values come back as messages naming the variable.
 *
 * @example
 * readFeatureSettings({ TRAILMAP_FEEDBACK_TEAMS: 'FB,SUP' }); // => { ok: true, value: { feedbackTeamKeys: ['FB', 'SUP'], … } }
 */
export function readFeatureSettings(
  env: Readonly<Record<string, string | undefined>>,
):
  | { ok: true; value: FeatureSettings }
  | { ok: false; messages: string[]; problems: { variable: string; message: string }[] } {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => ({
      variable: String(i.path[0] ?? '(environment)'),
      message: i.path.length > 1 ? `${i.path.slice(1).join('.')}: ${i.message}` : i.message,
    }));
    return { ok: false, messages: problems.map((p) => `${p.variable}: ${p.message}`), problems };
  }
  const e = parsed.data;
  return {
    ok: true,
    value: {
      feedbackTeamKeys: e.TRAILMAP_FEEDBACK_TEAMS.split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      labelComment: e.TRAILMAP_LABEL_COMMENT === 'true',
      minLabelConfidence: e.TRAILMAP_MIN_LABEL_CONFIDENCE,
      scoring: {
        framework: e.TRAILMAP_SCORING_FRAMEWORK,
        demand: { ...DEFAULT_DEMAND_WEIGHTS, ...stripUndefined(e.TRAILMAP_REACH_WEIGHTS) },
        impactByPriority: DEFAULT_IMPACT_BY_PRIORITY,
        defaultConfidence: e.TRAILMAP_DEFAULT_CONFIDENCE,
      },
      linkTtlSeconds: Math.round(e.TRAILMAP_LINK_TTL_DAYS * 86_400),
      planHorizon: e.TRAILMAP_PLAN_HORIZON,
      planner: e.TRAILMAP_PLANNER,
      projectCapacityShare: e.TRAILMAP_PROJECT_CAPACITY_SHARE,
    },
  };
}

function stripUndefined<T extends object>(o: T): { [K in keyof T]-?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]-?: Exclude<T[K], undefined>;
  };
}
