import { createHmac } from 'node:crypto';
import { LinearWebhookClient } from '@linear/sdk/webhooks';
import { describe, expect, it } from 'vitest';
import { verifyDelivery } from '../../src/webhooks/verifyDelivery';

// verifyDelivery relies on the SDK checking the signature before the timestamp and naming the
// failure "Invalid webhook signature". These tests pin that behaviour of the installed SDK.
const secret = 'contract-secret';
const client = new LinearWebhookClient(secret);
const sign = (raw: string) => createHmac('sha256', secret).update(raw).digest('hex');

describe('@linear/sdk LinearWebhookClient.verify contract', () => {
  it('reports a wrong signature as "Invalid webhook signature" even when the timestamp is also stale', () => {
    const raw = Buffer.from(JSON.stringify({ webhookTimestamp: 1 }));
    expect(() => client.verify(raw, 'ab'.repeat(32))).toThrow(/^Invalid webhook signature$/);
  });

  it('reports a stale timestamp on a correctly signed body with a different message', () => {
    const body = JSON.stringify({ webhookTimestamp: Date.now() - 120_000 });
    expect(() => client.verify(Buffer.from(body), sign(body))).toThrow(/timestamp/);
  });

  it('accepts a fresh, correctly signed body', () => {
    const body = JSON.stringify({ webhookTimestamp: Date.now() });
    expect(client.verify(Buffer.from(body), sign(body))).toBe(true);
  });
});

describe('verifyDelivery', () => {
  const now = 1_800_000_000_000;
  const hour = 3_600_000;
  const check = (body: string, signature = sign(body)) =>
    verifyDelivery(client, Buffer.from(body), signature, now, 7 * hour);

  it('accepts a signed retry two hours old, which the SDK alone would refuse', () => {
    const body = JSON.stringify({ type: 'Issue', webhookTimestamp: now - 2 * hour });
    expect(check(body)).toMatchObject({ ok: true, delivery: { webhookTimestamp: now - 2 * hour } });
  });

  it('refuses the same retry once past the horizon', () => {
    const body = JSON.stringify({ webhookTimestamp: now - 7 * hour - 1 });
    expect(check(body)).toEqual({ ok: false, reason: 'stale_timestamp' });
  });

  it('refuses a stale body with a bad signature as a bad signature, not as stale', () => {
    const body = JSON.stringify({ webhookTimestamp: now - 8 * hour });
    expect(check(body, sign(`${body} `))).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('refuses a signature that is not 64 hex characters without hashing', () => {
    expect(check('{}', 'zz')).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('reports malformed JSON only after the signature matched', () => {
    expect(check('{"a":')).toEqual({ ok: false, reason: 'malformed_json' });
    expect(check('{"a":', sign('other'))).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('reports a JSON array as malformed', () => {
    expect(check('[1,2]')).toEqual({ ok: false, reason: 'malformed_json' });
  });
});
