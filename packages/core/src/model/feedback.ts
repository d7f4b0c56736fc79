import { z } from 'zod';
import { InstantSchema } from './calendarDate';

/**
 * A piece of customer feedback: a support ticket, a feedback issue, an interview note.
 *
 * @example
 * FeedbackSchema.parse({ id: 'FB-1', text: 'Export to PDF please', source: 'jira', created: '2026-01-02T10:00:00Z' });
 */
export const FeedbackSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  /** Where it came from: `jira`, `linear`, `intercom`, `email`, … */
  source: z.string().default('unknown'),
  customerId: z.string().optional(),
  created: InstantSchema.optional(),
  /** Keys of work items (ideas) this feedback supports. */
  itemKeys: z.array(z.string()).default([]),
  labels: z.array(z.string()).default([]),
});
export type Feedback = z.infer<typeof FeedbackSchema>;
export type FeedbackInput = z.input<typeof FeedbackSchema>;
