import { z } from 'zod';
import { CalendarDateSchema } from './calendarDate';

/**
 * A release (Jira version) or cycle (Linear), in delivery order, with its capacity in the
 * team's estimate unit.
 *
 * @example
 * ReleaseSchema.parse({ id: 'r1', name: 'v1.4', start: '2026-01-05', end: '2026-01-19', capacity: 30 });
 */
export const ReleaseSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  start: CalendarDateSchema.optional(),
  end: CalendarDateSchema.optional(),
  capacity: z.number().finite().nonnegative().optional(),
  released: z.boolean().default(false),
});
export type Release = z.infer<typeof ReleaseSchema>;
export type ReleaseInput = z.input<typeof ReleaseSchema>;
