import { z } from 'zod';
import { CustomerSchema } from './customer';
import { FeedbackSchema } from './feedback';
import { ReleaseSchema } from './release';
import { WorkItemSchema } from './workItem';

/**
 * Everything an import yields: the neutral contract every platform mapping produces
 * (in the manner of Linear's `ImportResult`). Core jobs take a `Backlog` and never learn
 * which tracker it came from.
 *
 * @example
 * BacklogSchema.parse({ items: [], feedback: [], customers: [], releases: [] });
 */
export const BacklogSchema = z.object({
  items: z.array(WorkItemSchema),
  feedback: z.array(FeedbackSchema).default([]),
  customers: z.array(CustomerSchema).default([]),
  releases: z.array(ReleaseSchema).default([]),
});
export type Backlog = z.infer<typeof BacklogSchema>;
export type BacklogInput = z.input<typeof BacklogSchema>;
