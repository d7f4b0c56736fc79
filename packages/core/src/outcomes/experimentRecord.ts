import { z } from 'zod';
import { CalendarDateSchema } from '../model/calendarDate';

/** What the team decided after the experiment. */
export const DecisionSchema = z.enum(['ship', 'iterate', 'stop'], {
  error: 'decision must be "ship", "iterate" or "stop"',
});
export type Decision = z.infer<typeof DecisionSchema>;

/**
 * An experiment record: which ideas it tests (Jira issue keys like `INB-112` or Linear
 * identifiers like `ENG-42`), the hypothesis, the metrics with their analyses (the first is the
 * goal metric that decides), and the decision. The predicted impact comes from the ideas' score
 * inputs (RICE impact and confidence) unless the hypothesis states an explicit expected lift.
 * `metrics` entries are analyses in the `experiment analyze` format, validated by
 * `parseExperimentAnalysis` when the record is evaluated.
 *
 * @example
 * ExperimentRecordSchema.parse({ id: 'exp-1', ideas: ['INB-112'], metrics: [analysis], decision: 'ship' });
 */
export const ExperimentRecordSchema = z.object({
  id: z.string({ error: 'id is required' }).min(1, 'id must not be empty'),
  title: z.string().default(''),
  ideas: z
    .array(z.string().min(1), { error: 'ideas must be a list of Jira keys or Linear identifiers' })
    .min(1, 'ideas needs at least one Jira key or Linear identifier'),
  team: z.string().optional(),
  hypothesis: z
    .object({
      statement: z.string().default(''),
      /** An explicit predicted relative lift on the goal metric (0.05 = +5 %). */
      expectedLift: z
        .number({ error: 'hypothesis.expectedLift must be a number (0.05 = +5 %)' })
        .finite()
        .optional(),
      /** An explicit confidence 0–1 that overrides the idea's RICE confidence. */
      confidence: z.number().min(0).max(1).optional(),
    })
    .default({ statement: '' }),
  /** The treatment that implements the idea; default the first treatment. */
  variant: z.string().optional(),
  metrics: z.array(z.unknown()).min(1, 'metrics needs at least one analysis (the goal metric first)'),
  decision: DecisionSchema.optional(),
  decidedOn: CalendarDateSchema.optional(),
});

/** A parsed experiment record. */
export type ExperimentRecord = z.output<typeof ExperimentRecordSchema>;
