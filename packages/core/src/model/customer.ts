import { z } from 'zod';

/**
 * A customer whose requests feed Reach and the Next-Release-Problem value of items.
 *
 * @example
 * CustomerSchema.parse({ id: 'acme', name: 'Acme', revenue: 120000, tier: 'enterprise', size: 800 });
 */
export const CustomerSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  /** Annual revenue in the workspace currency. */
  revenue: z.number().finite().nonnegative().optional(),
  /** Free-form tier name (`enterprise`, `pro`, `free`, …); weights are configured per tier. */
  tier: z.string().optional(),
  /** Company size (seats or employees). */
  size: z.number().finite().nonnegative().optional(),
});
export type Customer = z.infer<typeof CustomerSchema>;
export type CustomerInput = z.input<typeof CustomerSchema>;
