import { LinearWebhookClient } from '@linear/sdk/webhooks';
import type { Context, Hono } from 'hono';
import type { AppDeps } from '../server';
import { problemResponse } from '../server';
import { WebhookEnvelopeSchema } from './envelope';
import { createWebhookIntake } from './intake';
import { readRawBody } from './readRawBody';
import { type DeliveryRejection, verifyDelivery } from './verifyDelivery';

/** Path Linear posts to; configure `<PUBLIC_URL>/webhooks/linear` in the OAuth app settings. */
export const WEBHOOK_PATH = '/webhooks/linear';

const MAX_BODY_BYTES = 5 * 1024 * 1024;

// Forged or altered → 401 (authentication failed); well-signed but unusable → 400, which Linear
// treats as a failed delivery and retries, then gives up.
const REJECTIONS: Record<DeliveryRejection, { status: 400 | 401; message: string }> = {
  missing_signature: { status: 401, message: 'missing Linear-Signature header' },
  bad_signature: { status: 401, message: 'signature does not match the body' },
  malformed_json: { status: 400, message: 'body is not a JSON object' },
  missing_timestamp: { status: 400, message: 'body has no numeric webhookTimestamp' },
  stale_timestamp: { status: 400, message: 'webhookTimestamp is older than the retry horizon' },
  future_timestamp: { status: 400, message: 'webhookTimestamp is in the future' },
};

/**
 * Mounts `POST /webhooks/linear`: verify (SDK), dedupe, store as a job, answer 200. No Linear
 * call and no handler work happens before the answer, so it stays far under Linear's 5 s limit.
 *
 * @example
 * registerWebhookRoute(app, deps);
 */
export function registerWebhookRoute(app: Hono, deps: AppDeps): void {
  const secret = deps.config.linearWebhookSecret;
  const previous = deps.config.linearWebhookPreviousSecret;
  // The current secret first; the previous one only while a regenerated secret rolls out.
  const clients = secret
    ? [new LinearWebhookClient(secret), ...(previous ? [new LinearWebhookClient(previous)] : [])]
    : [];
  const maxAgeMs = deps.config.webhookMaxAgeSeconds * 1000;
  const intake = createWebhookIntake(deps.store, deps.config.linearClientId);
  app.post(WEBHOOK_PATH, async (c: Context) => {
    if (clients.length === 0)
      return problemResponse(c, 404, 'webhooks_disabled', 'LINEAR_WEBHOOK_SECRET is not configured');
    const raw = await readRawBody(c, MAX_BODY_BYTES);
    if (raw === 'too_large')
      return problemResponse(c, 413, 'payload_too_large', 'webhook body exceeds 5 MiB');
    const signature = c.req.header('linear-signature');
    let verdict = verifyDelivery(clients[0]!, raw, signature, deps.now(), maxAgeMs);
    for (const older of clients.slice(1)) {
      if (verdict.ok || verdict.reason !== 'bad_signature') break;
      verdict = verifyDelivery(older, raw, signature, deps.now(), maxAgeMs);
    }
    if (!verdict.ok) {
      const r = REJECTIONS[verdict.reason];
      return problemResponse(c, r.status, verdict.reason, r.message);
    }
    const deliveryId = c.req.header('linear-delivery');
    if (!deliveryId || deliveryId.length > 200) {
      return problemResponse(c, 400, 'missing_delivery_id', 'missing or oversized Linear-Delivery header');
    }
    const envelope = WebhookEnvelopeSchema.safeParse(verdict.delivery.body);
    if (!envelope.success) {
      return problemResponse(c, 400, 'invalid_envelope', 'body lacks type, action or webhookTimestamp');
    }
    const outcome = await intake({ deliveryId, rawBody: raw, envelope: envelope.data }, deps.now());
    if (outcome === 'queued') deps.notifyWorker();
    return c.json({ status: outcome }, 200);
  });
}
