import type { LinearWebhookClient } from '@linear/sdk/webhooks';

/** Why a delivery was refused; mapped to HTTP in `webhookRoute.ts`. */
export type DeliveryRejection =
  | 'missing_signature'
  | 'bad_signature'
  | 'malformed_json'
  | 'missing_timestamp'
  | 'stale_timestamp'
  | 'future_timestamp';

/** A delivery whose body Linear signed, with its signed timestamp. */
export interface VerifiedDelivery {
  body: Record<string, unknown>;
  webhookTimestamp: number;
}

/** Clock skew tolerated for timestamps in the future. */
export const FUTURE_SKEW_MS = 5 * 60_000;

/**
 * Verifies a delivery with the SDK's `LinearWebhookClient.verify`, then applies our own
 * freshness window.
 *
 * Why not the SDK's verdict alone: `verify` rejects any `webhookTimestamp` more than 60 s from
 * now, but Linear retries a failed delivery with the original body (and timestamp) after
 * minutes to hours, so the strict check would refuse every retry. `verify` checks the HMAC
 * first and throws "Invalid webhook signature" before it ever reads the timestamp (SDK 98,
 * `dist/webhooks-*.mjs`); any other error therefore means the signature matched, and the
 * timestamp is judged here against `maxAgeMs` (Linear's retry horizon). The SDK version is
 * pinned and `test/webhooks/sdkVerifyContract.test.ts` fails if that ordering changes.
 *
 * @example
 * verifyDelivery(client, raw, req.header('linear-signature'), Date.now(), 7 * 3600_000);
 * // => { ok: true, delivery: { body, webhookTimestamp } } | { ok: false, reason: 'bad_signature' }
 */
export function verifyDelivery(
  client: LinearWebhookClient,
  rawBody: Buffer,
  signature: string | undefined,
  nowMs: number,
  maxAgeMs: number,
): { ok: true; delivery: VerifiedDelivery } | { ok: false; reason: DeliveryRejection } {
  if (!signature) return { ok: false, reason: 'missing_signature' };
  // The signature is hex HMAC-SHA256: reject other shapes before hashing anything.
  if (!/^[0-9a-f]{64}$/i.test(signature)) return { ok: false, reason: 'bad_signature' };
  try {
    client.verify(rawBody, signature);
  } catch (error) {
    if (error instanceof SyntaxError) return { ok: false, reason: 'malformed_json' };
    if (error instanceof Error && error.message === 'Invalid webhook signature') {
      return { ok: false, reason: 'bad_signature' };
    }
    // Signature valid; the SDK disliked the timestamp. Judge it with our horizon below.
  }
  let body: unknown;
  try {
    body = JSON.parse(rawBody.toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed_json' };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return { ok: false, reason: 'malformed_json' };
  const ts = (body as Record<string, unknown>).webhookTimestamp;
  if (typeof ts !== 'number' || !Number.isFinite(ts)) return { ok: false, reason: 'missing_timestamp' };
  if (ts > nowMs + FUTURE_SKEW_MS) return { ok: false, reason: 'future_timestamp' };
  if (nowMs - ts > maxAgeMs) return { ok: false, reason: 'stale_timestamp' };
  return { ok: true, delivery: { body: body as Record<string, unknown>, webhookTimestamp: ts } };
}
