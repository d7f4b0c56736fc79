import { createHmac, randomUUID } from 'node:crypto';

/**
 * Forges a Linear webhook delivery the way Linear signs it (hex HMAC-SHA256 of the raw body in
 * `Linear-Signature`). This is the test's job; the server verifies with the SDK.
 *
 * @example
 * const d = signedDelivery(secret, { type: 'Issue', action: 'create', data: { id: 'i1' } });
 * await fetch(url, { method: 'POST', headers: d.headers, body: d.body });
 */
export function signedDelivery(
  secret: string,
  fields: Record<string, unknown>,
  options: { timestamp?: number; deliveryId?: string } = {},
): { body: string; headers: Record<string, string>; deliveryId: string } {
  const deliveryId = options.deliveryId ?? randomUUID();
  const body = JSON.stringify({
    action: 'create',
    type: 'Issue',
    organizationId: 'org-1',
    createdAt: new Date().toISOString(),
    webhookId: 'wh-1',
    ...fields,
    webhookTimestamp: options.timestamp ?? Date.now(),
  });
  return { body, deliveryId, headers: deliveryHeaders(secret, body, deliveryId) };
}

/** Headers for an arbitrary raw body signed with `secret`. */
export function deliveryHeaders(secret: string, body: string, deliveryId: string): Record<string, string> {
  return {
    'content-type': 'application/json; charset=utf-8',
    'linear-signature': createHmac('sha256', secret).update(body).digest('hex'),
    'linear-delivery': deliveryId,
    'linear-event': 'Issue',
  };
}
