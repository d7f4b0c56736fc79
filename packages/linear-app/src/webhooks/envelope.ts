import { z } from 'zod';

/**
 * The fields of Linear's webhook envelope the server itself needs (PLATFORMS.md §3.4). Handlers
 * parse `data` with their own schemas; unknown fields pass through untouched.
 */
export const WebhookEnvelopeSchema = z
  .object({
    type: z.string().min(1).max(100),
    action: z.string().min(1).max(100),
    organizationId: z.string().min(1).max(100).optional(),
    webhookTimestamp: z.number(),
    webhookId: z.string().optional(),
    oauthClientId: z.string().optional(),
    actor: z
      .object({ id: z.string().optional(), type: z.string().optional(), name: z.string().optional() })
      .passthrough()
      .nullish(),
  })
  .passthrough();

/** A parsed webhook envelope. */
export type WebhookEnvelope = z.infer<typeof WebhookEnvelopeSchema>;
