import { z } from 'zod';

/** The model format tag and schema version written into every model file. */
export const LABEL_MODEL_FORMAT = 'trailmap-labeller';
export const LABEL_MODEL_SCHEMA_VERSION = 1;

/**
 * A trained labeller as a plain JSON-serialisable object (no class instances, no typed arrays),
 * so a Forge storage entry, a Linear app database row or a file can hold it as is. Weights are
 * packed (`vocab`: delta-varint bucket ids; `weights`: int16 per label with a per-label scale),
 * which keeps typical models well under 5 MB.
 *
 * @example
 * LabelModelSchema.safeParse(JSON.parse(json)).success;
 */
export const LabelModelSchema = z.object({
  format: z.literal(LABEL_MODEL_FORMAT),
  schemaVersion: z.literal(LABEL_MODEL_SCHEMA_VERSION),
  /** `<training fingerprint>.r<revision>`: recorded with every label applied, for the audit trail. */
  version: z.string().min(1),
  /** Bumped by each incremental correction. */
  revision: z.number().int().nonnegative(),
  /** One label per ticket (softmax) or any number (one sigmoid per label). */
  exclusive: z.boolean(),
  labels: z.array(z.string().min(1)).min(1),
  prepare: z.object({ stripTemplates: z.boolean(), maxBodyChars: z.number().int().positive() }),
  features: z.object({
    hashBits: z.number().int().min(8).max(26),
    charMin: z.number().int().min(1),
    charMax: z.number().int().min(1),
    titleWeight: z.number().positive(),
  }),
  /** Sorted hash buckets with non-zero weight, delta-varint encoded, base64. */
  vocab: z.string(),
  vocabSize: z.number().int().nonnegative(),
  /** Int16 weights, `labels × vocabSize`, little-endian, base64. */
  weights: z.string(),
  /** Per-label dequantisation factor: weight = int16 × scale. */
  scales: z.array(z.number().finite()),
  bias: z.array(z.number().finite()),
  /** Softmax temperature fitted on held-out folds (exclusive models). */
  temperature: z.number().positive(),
  /** Per-label Platt scaling `σ(a·z + b)` fitted on held-out folds (multi-label models). */
  platt: z.array(z.object({ a: z.number().finite(), b: z.number().finite() })),
  /** Per-label confidence at or above which the label is applied; below, the labeller abstains. */
  thresholds: z.array(z.number().finite()),
  /** Whether the model may apply labels or only suggest them, and why. */
  readiness: z.object({ mode: z.enum(['apply', 'suggest']), reasons: z.array(z.string()) }),
  /** What the model was trained on, and how it did on held-out folds. */
  training: z.object({
    examples: z.number().int().nonnegative(),
    perLabel: z.record(z.string(), z.number().int().nonnegative()),
    heldOut: z
      .object({
        accuracy: z.number(),
        macroF1: z.number(),
        coverage: z.number(),
        precisionApplied: z.number(),
      })
      .optional(),
    corrections: z.number().int().nonnegative(),
  }),
});

/** A trained labeller; see {@link LabelModelSchema}. */
export type LabelModel = z.infer<typeof LabelModelSchema>;
