import { z } from 'zod';
import { WSJF_SCALE } from '../wsjf/wsjfInputs';

/** Default t-shirt sizes → 0–1 (airfocus maps S/M/L/XL to 0/0.33/0.66/1; we add XS and XXL). */
export const DEFAULT_TSHIRT_SIZES: Readonly<Record<string, number>> = {
  xs: 0,
  s: 0.2,
  m: 0.4,
  l: 0.6,
  xl: 0.8,
  xxl: 1,
};

/**
 * How a criterion's raw value becomes a number 0–1 (absolute: never relative to other items).
 * - `range`: linear `min`–`max` → 0–1 (e.g. a 1–5 rating).
 * - `fibonacci`: a value from `values` (default 1, 2, 3, 5, 8, 13, 20) ÷ the largest.
 * - `percent`: 0–100 % (80, 0.8 and "80%" all mean 80 %).
 * - `boolean`: yes/true/1 → 1, no/false/0 → 0.
 * - `number`: any number ≥ 0 divided by `max` (capped at 1); without `max` it is used as-is.
 * - `tshirt`: a size name → its value (default XS 0 … XXL 1).
 *
 * @example
 * CriterionScaleSchema.parse({ type: 'range', min: 1, max: 5 });
 */
export const CriterionScaleSchema = z.discriminatedUnion('type', [
  z
    .object({ type: z.literal('range'), min: z.number().finite(), max: z.number().finite() })
    .refine((s) => s.max > s.min, { message: 'max must be greater than min', path: ['max'] }),
  z.object({
    type: z.literal('fibonacci'),
    values: z
      .array(z.number().finite().nonnegative())
      .min(1)
      .default([...WSJF_SCALE]),
  }),
  z.object({ type: z.literal('percent') }),
  z.object({ type: z.literal('boolean') }),
  z.object({ type: z.literal('number'), max: z.number().finite().positive().optional() }),
  z.object({
    type: z.literal('tshirt'),
    sizes: z.record(z.string(), z.number().finite()).default({ ...DEFAULT_TSHIRT_SIZES }),
  }),
]);
export type CriterionScale = z.infer<typeof CriterionScaleSchema>;

/**
 * One criterion: the field it reads, its scale and its weight. A negative weight makes it a
 * cost (effort, risk) that lowers the score.
 *
 * @example
 * CriterionSchema.parse({ field: 'effort', scale: { type: 'tshirt' }, weight: -1 });
 */
export const CriterionSchema = z.object({
  /** Lower-case field name on the item. */
  field: z
    .string()
    .min(1)
    .regex(/^[a-z0-9_]+$/, 'use a lower-case field name (letters, digits, _)'),
  /** Words for tables and explanations; defaults to the field name. */
  label: z.string().min(1).optional(),
  scale: CriterionScaleSchema,
  weight: z
    .number()
    .finite()
    .refine((w) => w !== 0, 'a weight of 0 has no effect; remove the criterion'),
});
export type Criterion = z.infer<typeof CriterionSchema>;

/**
 * A custom weighted scorecard. Score = 100 × Σ weight·normalised ÷ Σ positive weights, so an
 * item that maxes every benefit and has no cost scores 100, and costs pull it down (possibly
 * below 0).
 *
 * @example
 * ScorecardSchema.parse({
 *   name: 'growth', version: '2',
 *   criteria: [
 *     { field: 'revenue', scale: { type: 'range', min: 1, max: 5 }, weight: 3 },
 *     { field: 'effort', scale: { type: 'tshirt' }, weight: -1 },
 *   ],
 * });
 */
export const ScorecardSchema = z
  .object({
    /** The id used with `--framework`; lower-case, not a preset id. */
    name: z
      .string()
      .min(1)
      .regex(/^[a-z0-9][a-z0-9_-]*$/, 'use a lower-case name (letters, digits, - and _)'),
    /** Display name. */
    label: z.string().min(1).optional(),
    version: z.string().min(1).default('1'),
    criteria: z.array(CriterionSchema).min(1),
  })
  .refine((s) => s.criteria.some((c) => c.weight > 0), {
    message: 'at least one criterion needs a positive weight',
    path: ['criteria'],
  })
  .refine((s) => new Set(s.criteria.map((c) => c.field)).size === s.criteria.length, {
    message: 'each field may appear in only one criterion',
    path: ['criteria'],
  });
export type Scorecard = z.infer<typeof ScorecardSchema>;
export type ScorecardInput = z.input<typeof ScorecardSchema>;
