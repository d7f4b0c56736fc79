import type { IncomingMessage } from 'node:http';
import { LinearWebhookClient } from '@linear/sdk/webhooks';
import type { Context, Hono } from 'hono';
import type { AppDeps } from '../app/appDeps';
import { problemResponse } from '../app/problemResponse';
import { throttledLog } from '../app/throttledLog';
import { storageErrorLine } from '../storage/storageError';
import { createBodyBudget } from './bodyBudget';
import { WebhookEnvelopeSchema } from './envelope';
import { createWebhookIntake } from './intake';
import { readRawBody } from './readRawBody';
import { type DeliveryRejection, verifyDelivery } from './verifyDelivery';

/** Linear signs with hex HMAC-SHA256: 64 hex characters, nothing else. */
const SIGNATURE_SHAPE = /^[0-9a-f]{64}$/i;

function rejection(c: Context, reason: DeliveryRejection): Response {
  const r = REJECTIONS[reason];
  return problemResponse(c, r.status, reason, r.message);
}

/**
 * How many times a header was sent. Node joins repeated unknown headers with ", ", which would
 * turn two delivery ids into one new one; the raw headers tell them apart.
 */
function headerCount(c: Context, name: string): number {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (!incoming) return c.req.header(name) === undefined ? 0 : 1;
  return incoming.headersDistinct[name]?.length ?? 0;
}

/** Path Linear posts to; configure `<PUBLIC_URL>/webhooks/linear` in the OAuth app settings. */
export const WEBHOOK_PATH = '/webhooks/linear';

const MAX_BODY_BYTES = 5 * 1024 * 1024;
/**
 * Linear's deliveries are a few KiB. Bodies up to 64 KiB are read freely (the connection cap
 * bounds them); larger ones, which only a flood sends, share 16 MiB buffered at once.
 */
const BODY_BUDGET = { smallBytes: 64 * 1024, largeBytes: 16 * 1024 * 1024 };

/**
 * Linear waits 5 s for an answer. A store that has not taken the delivery by then (a paused
 * PostgreSQL, a locked SQLite) gets a 503 instead of a hang: Linear retries, and if the write
 * still lands later, the retry is a duplicate (same delivery id and body), answered 200.
 */
const STORE_DEADLINE_MS = 3_000;
/** Linear retries on its own schedule; this only tells other clients when to come back. */
const RETRY_AFTER_SECONDS = 30;

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
  const budget = createBodyBudget(BODY_BUDGET);
  const warn = throttledLog(deps.log ?? ((line) => console.error(line)), 10_000, deps.now);
  app.post(WEBHOOK_PATH, async (c: Context) => {
    if (clients.length === 0)
      return problemResponse(c, 404, 'webhooks_disabled', 'LINEAR_WEBHOOK_SECRET is not configured');
    // Headers first, body second: an unsigned or oddly signed request is refused before a single
    // body byte is buffered, so a flood of large unsigned uploads holds no memory.
    const signature = c.req.header('linear-signature');
    if (!signature) return rejection(c, 'missing_signature');
    if (!SIGNATURE_SHAPE.test(signature) || headerCount(c, 'linear-signature') > 1)
      return rejection(c, 'bad_signature');
    if (headerCount(c, 'linear-delivery') > 1)
      return problemResponse(c, 400, 'duplicate_delivery_id', 'more than one Linear-Delivery header');
    const raw = await readRawBody(c, MAX_BODY_BYTES, budget);
    // Refused bodies are not read on; readRawBody closes the connection after the answer.
    if (raw === 'too_large')
      return problemResponse(c, 413, 'payload_too_large', 'webhook body exceeds 5 MiB');
    if (raw === 'busy') {
      c.header('Retry-After', '5');
      return problemResponse(c, 503, 'busy', 'too many large bodies at once; send it again later');
    }
    let verdict = verifyDelivery(clients[0]!, raw, signature, deps.now(), maxAgeMs);
    for (const older of clients.slice(1)) {
      if (verdict.ok || verdict.reason !== 'bad_signature') break;
      verdict = verifyDelivery(older, raw, signature, deps.now(), maxAgeMs);
    }
    if (!verdict.ok) return rejection(c, verdict.reason);
    const deliveryId = c.req.header('linear-delivery');
    if (!deliveryId || deliveryId.length > 200) {
      return problemResponse(c, 400, 'missing_delivery_id', 'missing or oversized Linear-Delivery header');
    }
    const envelope = WebhookEnvelopeSchema.safeParse(verdict.delivery.body);
    if (!envelope.success) {
      return problemResponse(c, 400, 'invalid_envelope', 'body lacks type, action or webhookTimestamp');
    }
    const stored = intake({ deliveryId, rawBody: raw, envelope: envelope.data }, deps.now());
    const outcome = await withDeadline(stored, STORE_DEADLINE_MS);
    if (typeof outcome === 'object') {
      // Not acknowledged, so not lost: Linear delivers it again. A write that lands after the
      // deadline still wakes the worker, and its failure must not become an unhandled rejection.
      stored.then((late) => late === 'queued' && deps.notifyWorker()).catch(() => {});
      const reason = outcome.reason;
      warn(`store:${reason.split(':')[0]}`, `webhook delivery not stored, answered 503: ${reason}`);
      c.header('Retry-After', String(RETRY_AFTER_SECONDS));
      return problemResponse(
        c,
        503,
        'storage_unavailable',
        `the delivery was not stored (${reason}); it was not accepted, send it again later`,
      );
    }
    if (outcome === 'queued') deps.notifyWorker();
    return c.json({ status: outcome }, 200);
  });
}

/** The intake's outcome, or why it did not come within `ms` (failed, or no answer in time). */
async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T | { reason: string }> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<{ reason: string }>((resolve) => {
    timer = setTimeout(() => resolve({ reason: `no answer from the database within ${ms} ms` }), ms);
  });
  try {
    return await Promise.race([work, late]).catch((error: unknown) => ({
      reason:
        storageErrorLine(error) ??
        (error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error)),
    }));
  } finally {
    clearTimeout(timer);
  }
}
