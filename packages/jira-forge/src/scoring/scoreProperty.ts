import { FieldValueSchema } from '@trailmap/core';
import { z } from 'zod';

/** The issue entity property that holds an issue's scoring inputs and last score. */
export const SCORE_PROPERTY_KEY = 'trailmap.score';

/**
 * What the panel saves on an issue: the framework it was scored with, the inputs, and the score
 * written to the "Priority score" field (kept so the nightly job can skip unchanged issues).
 *
 * @example
 * ScorePropertySchema.parse({ framework: 'rice', inputs: { reach: 400, impact: 2, confidence: 80, effort: 2 } });
 */
export const ScorePropertySchema = z.object({
  framework: z.string().min(1),
  inputs: z.record(z.string(), FieldValueSchema).default({}),
  score: z.number().finite().optional(),
  range: z.object({ low: z.number(), high: z.number() }).optional(),
  savedAt: z.string().optional(),
});
export type ScoreProperty = z.infer<typeof ScorePropertySchema>;

/**
 * Parses a stored property leniently: a corrupt or foreign value counts as "no inputs yet"
 * rather than breaking the panel.
 *
 * @example
 * readScoreProperty(undefined); // => undefined
 */
export function readScoreProperty(raw: unknown): ScoreProperty | undefined {
  const r = ScorePropertySchema.safeParse(raw);
  return r.success ? r.data : undefined;
}
