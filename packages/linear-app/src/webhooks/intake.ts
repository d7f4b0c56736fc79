import { createHash } from 'node:crypto';
import { enqueueJob } from '../jobs/queue.ts';
import { deleteInstallation } from '../oauth/installations.ts';
import type { Store } from '../storage/store.ts';
import type { WebhookEnvelope } from './envelope.ts';
import { isOwnAction } from './isOwnAction.ts';

/** What intake did with a verified delivery. */
export type IntakeOutcome = 'queued' | 'duplicate' | 'ignored_self' | 'revoked';

/** Job type for a webhook event type, e.g. `linear.Issue`. */
export const webhookJobType = (eventType: string) => `linear.${eventType}`;

/**
 * Records a verified delivery and turns it into a job, in one transaction. The delivery is a
 * duplicate when either its `Linear-Delivery` id or its body was seen before: the id is not
 * covered by the signature, so an attacker replaying a captured body could invent a fresh id,
 * but the body (with its signed timestamp) is unique per delivery and retries repeat it
 * byte-for-byte.
 *
 * @example
 * await intakeDelivery(store, { deliveryId, rawBody, envelope, clientId }, Date.now()); // => 'queued'
 */
export async function intakeDelivery(
  store: Store,
  input: { deliveryId: string; rawBody: Buffer; envelope: WebhookEnvelope; clientId: string | undefined },
  now: number,
): Promise<IntakeOutcome> {
  const { deliveryId, rawBody, envelope } = input;
  const bodyHash = createHash('sha256').update(rawBody).digest('hex');
  const org = envelope.organizationId ?? null;
  return store.transaction(async (tx) => {
    const recorded = await tx.run(
      `INSERT INTO webhook_deliveries (delivery_id, body_sha256, organization_id, event_type, action, webhook_timestamp, received_at, outcome)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'pending') ON CONFLICT DO NOTHING`,
      [deliveryId, bodyHash, org, envelope.type, envelope.action, envelope.webhookTimestamp, now],
    );
    if (recorded.changes === 0) return 'duplicate';
    let outcome: IntakeOutcome;
    if (envelope.type === 'OAuthApp' && envelope.action === 'revoked') {
      // The workspace uninstalled us: its tokens are dead, forget them at once.
      if (org) await deleteInstallation(tx, org);
      outcome = 'revoked';
    } else {
      const install = org
        ? await tx.get<{ app_user_id: string | null }>(
            'SELECT app_user_id FROM installations WHERE organization_id = ?',
            [org],
          )
        : undefined;
      if (isOwnAction(envelope, { clientId: input.clientId, appUserId: install?.app_user_id ?? undefined })) {
        outcome = 'ignored_self';
      } else {
        await enqueueJob(
          tx,
          {
            type: webhookJobType(envelope.type),
            payload: undefined,
            payloadJson: rawBody.toString('utf8'),
            organizationId: org,
            dedupeKey: `delivery:${deliveryId}`,
          },
          now,
        );
        outcome = 'queued';
      }
    }
    await tx.run('UPDATE webhook_deliveries SET outcome = ? WHERE delivery_id = ?', [outcome, deliveryId]);
    return outcome;
  });
}
