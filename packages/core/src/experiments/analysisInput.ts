import { z } from 'zod';

const count = (what: string) =>
  z
    .number({ error: `${what} must be a number` })
    .int(`${what} must be a whole number`)
    .nonnegative(`${what} must be ≥ 0`);
const finite = (what: string) =>
  z.number({ error: `${what} must be a number` }).finite(`${what} must be finite`);

/** The CUPED covariate of one arm: Σx and Σx² of the pre-experiment value. */
export const CovariateSchema = z.object({
  sum: finite('pre.sum'),
  /** Optional for binomial metrics, whose covariate is itself a 0/1 conversion (Σx² = Σx). */
  sumSquares: finite('pre.sumSquares').nonnegative('pre.sumSquares must be ≥ 0').optional(),
});

const cuped = {
  pre: CovariateSchema.optional(),
  /** Σ(metric × covariate) over the arm's units. */
  sumProducts: finite('sumProducts').optional(),
};

/** A binomial arm: users exposed and how many converted. */
export const BinomialVariantSchema = z
  .object({
    name: z.string().min(1, 'name must not be empty'),
    users: count('users'),
    conversions: count('conversions'),
    ...cuped,
  })
  .refine((v) => v.conversions <= v.users, {
    message: 'conversions must not exceed users',
    path: ['conversions'],
  });

/** A mean (continuous) arm: units n, Σy and Σy². */
export const MeanVariantSchema = z.object({
  name: z.string().min(1, 'name must not be empty'),
  n: count('n'),
  sum: finite('sum'),
  sumSquares: finite('sumSquares').nonnegative('sumSquares must be ≥ 0'),
  ...cuped,
});

const alpha = z
  .number({ error: 'alpha must be a number' })
  .gt(0, 'alpha must be between 0 and 1 (e.g. 0.05)')
  .lt(1, 'alpha must be between 0 and 1 (e.g. 0.05)');

const common = {
  weights: z.array(finite('weights[]').nonnegative('weights must be ≥ 0')).optional(),
  engine: z
    .enum(['frequentist', 'bayesian'], { error: 'engine must be "frequentist" or "bayesian"' })
    .default('frequentist'),
  difference: z
    .enum(['relative', 'absolute'], { error: 'difference must be "relative" or "absolute"' })
    .default('relative'),
  alpha: alpha.default(0.05),
  alternative: z
    .enum(['two-sided', 'greater', 'less'], { error: 'alternative must be "two-sided", "greater" or "less"' })
    .default('two-sided'),
  sequential: z
    .union(
      [
        z.literal(false),
        z.literal(true).transform(() => ({ tuning: 5000 })),
        z.object({ tuning: z.number().positive('sequential.tuning must be > 0').default(5000) }),
      ],
      { error: 'sequential must be false or { "tuning": 5000 }' },
    )
    .default(false),
  prior: z
    .object({
      mean: finite('prior.mean').default(0),
      variance: z
        .number({ error: 'prior.variance must be a number' })
        .positive('prior.variance must be > 0')
        .default(0.09),
      proper: z.boolean({ error: 'prior.proper must be true or false' }).default(true),
    })
    .optional(),
  correction: z
    .enum(['none', 'holm-bonferroni', 'benjamini-hochberg'], {
      error: 'correction must be "none", "holm-bonferroni" or "benjamini-hochberg"',
    })
    .default('none'),
};

const metric = <T extends 'binomial' | 'mean'>(type: T) =>
  z.object({
    type: z.literal(type),
    inverse: z.boolean({ error: 'metric.inverse must be true or false' }).default(false),
    /** Shown in verdicts ("B beats control on conversion"). */
    name: z.string().optional(),
  });

function cupedConsistency(
  a: { variants: { pre?: unknown; sumProducts?: number | undefined }[]; weights?: number[] | undefined },
  ctx: z.RefinementCtx,
): void {
  const withPre = a.variants.filter((v) => v.pre !== undefined).length;
  if (withPre !== 0 && withPre !== a.variants.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['variants'],
      message: 'give "pre" (the CUPED covariate) for every variant or for none',
    });
  }
  a.variants.forEach((v, i) => {
    if ((v.pre === undefined) !== (v.sumProducts === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['variants', i],
        message: '"pre" and "sumProducts" go together (CUPED needs both)',
      });
    }
  });
  if (a.weights && a.weights.length !== a.variants.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['weights'],
      message: `weights must have one entry per variant (${a.variants.length})`,
    });
  }
}

const variantsOf = <S extends z.ZodType>(schema: S) =>
  z
    .array(schema, { error: 'variants must be a list' })
    .min(2, 'variants needs at least 2 entries: the control first, then each treatment');

const MetricHeadSchema = z.object(
  {
    metric: z.object(
      { type: z.enum(['binomial', 'mean'], { error: 'metric.type must be "binomial" or "mean"' }) },
      { error: 'metric must be an object like { "type": "binomial" }' },
    ),
  },
  { error: 'an analysis must be an object with "metric" and "variants"' },
);

/** A binomial analysis (users, conversions per variant). */
export const BinomialAnalysisSchema = z
  .object({ metric: metric('binomial'), variants: variantsOf(BinomialVariantSchema), ...common })
  .superRefine(cupedConsistency);

/** A mean analysis (n, sum, sumSquares per variant). */
export const MeanAnalysisSchema = z
  .object({ metric: metric('mean'), variants: variantsOf(MeanVariantSchema), ...common })
  .superRefine(cupedConsistency);

/**
 * Parses one analysis as `trailmap experiment analyze` reads it (JSON, or CSV rows mapped to the
 * same shape). Every field but `metric` and `variants` is optional with GrowthBook's defaults;
 * the first variant is the control. `metric.type` picks the variant shape.
 *
 * @example
 * parseExperimentAnalysis({ metric: { type: 'binomial' }, variants: [{ name: 'control', users: 10, conversions: 1 }, { name: 'B', users: 10, conversions: 2 }] }).success; // => true
 */
export function parseExperimentAnalysis(
  value: unknown,
): { success: true; data: ExperimentAnalysis } | { success: false; error: z.ZodError } {
  const head = MetricHeadSchema.safeParse(value);
  if (!head.success) return { success: false, error: head.error };
  const parsed =
    head.data.metric.type === 'binomial'
      ? BinomialAnalysisSchema.safeParse(value)
      : MeanAnalysisSchema.safeParse(value);
  return parsed.success ? { success: true, data: parsed.data } : { success: false, error: parsed.error };
}

/** A parsed, defaulted binomial analysis. */
export type BinomialAnalysis = z.output<typeof BinomialAnalysisSchema>;
/** A parsed, defaulted mean analysis. */
export type MeanAnalysis = z.output<typeof MeanAnalysisSchema>;
/** A parsed, defaulted analysis. */
export type ExperimentAnalysis = BinomialAnalysis | MeanAnalysis;
/** What a caller may write: every field but `metric` and `variants` optional. */
export type ExperimentAnalysisInput =
  | z.input<typeof BinomialAnalysisSchema>
  | z.input<typeof MeanAnalysisSchema>;
