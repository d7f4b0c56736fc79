import { createHash } from 'node:crypto';
import { DEFAULT_MAX_ATTEMPTS, enqueueJob, type NewJob } from '../jobs/queue';
import { deleteInstallation } from '../oauth/installations';
import type { Store } from '../storage/store';
import type { WebhookEnvelope } from './envelope';
import { isOwnAction } from './isOwnAction';

/** What intake did with a verified delivery. */
export type IntakeOutcome = 'queued' | 'duplicate' | 'ignored_self' | 'revoked';

/** Job type for a webhook event type, e.g. `linear.Issue`. */
export const webhookJobType = (eventType: string) => `linear.${eventType}`;

/** One verified delivery. */
export interface DeliveryInput {
  deliveryId: string;
  rawBody: Buffer;
  envelope: WebhookEnvelope;
}

/** Records verified deliveries durably; see `createWebhookIntake`. */
export type WebhookIntake = (input: DeliveryInput, now: number) => Promise<IntakeOutcome>;

const INSERT_DELIVERY = `INSERT INTO webhook_deliveries
  (delivery_id, body_sha256, organization_id, event_type, action, webhook_timestamp, received_at, outcome)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`;

interface PendingDelivery {
  delivery: (string | number | null)[];
  job: NewJob;
  now: number;
  resolve: (outcome: IntakeOutcome) => void;
  reject: (error: unknown) => void;
}

/** How long the app user id of a workspace is cached (it changes only on reinstall). */
const APP_USER_TTL_MS = 30_000;

/**
 * Builds the intake step: record a verified delivery and turn it into a job atomically. A
 * delivery is a duplicate when either its `Linear-Delivery` id or its body was seen before: the
 * id is not covered by the signature, so an attacker replaying a captured body could invent a
 * fresh id, but the body (with its signed timestamp) is unique per delivery, and Linear's
 * retries repeat it byte for byte.
 *
 * PostgreSQL does it in one statement (a data-modifying CTE: one round trip, atomic); SQLite in
 * a transaction shared by the deliveries of one event-loop turn (group commit).
 *
 * @example
 * const intake = createWebhookIntake(store, config.linearClientId);
 * await intake({ deliveryId, rawBody, envelope }, Date.now()); // => 'queued'
 */
export function createWebhookIntake(store: Store, clientId: string | undefined): WebhookIntake {
  type Identity = { appUserId: string | undefined; appActorId: string | undefined };
  const appUsers = new Map<string, Identity & { at: number }>();
  const identityOf = async (org: string, now: number): Promise<Identity> => {
    const hit = appUsers.get(org);
    if (hit && now - hit.at < APP_USER_TTL_MS) return hit;
    const row = await store.get<{ app_user_id: string | null; app_actor_id: string | null }>(
      'SELECT app_user_id, app_actor_id FROM installations WHERE organization_id = ?',
      [org],
    );
    const identity = { appUserId: row?.app_user_id ?? undefined, appActorId: row?.app_actor_id ?? undefined };
    appUsers.set(org, { ...identity, at: now });
    return identity;
  };

  // SQLite group commit: deliveries arriving in the same event-loop turn share one transaction,
  // so a burst costs one WAL commit instead of one per request. Each caller still learns its own
  // outcome, and nobody is answered before the commit that holds their delivery.
  const pending: PendingDelivery[] = [];
  const flush = async () => {
    const batch = pending.splice(0);
    try {
      const outcomes = await store.transaction(async (tx) => {
        const out: IntakeOutcome[] = [];
        for (const p of batch) {
          if ((await tx.run(INSERT_DELIVERY, p.delivery)).changes === 0) {
            out.push('duplicate');
          } else {
            await enqueueJob(tx, p.job, p.now);
            out.push('queued');
          }
        }
        return out;
      });
      for (const [i, p] of batch.entries()) p.resolve(outcomes[i] ?? 'duplicate');
    } catch (error) {
      for (const p of batch) p.reject(error);
    }
  };

  return async ({ deliveryId, rawBody, envelope }, now) => {
    const bodyHash = createHash('sha256').update(rawBody).digest('hex');
    const org = envelope.organizationId ?? null;
    const delivery = [
      deliveryId,
      bodyHash,
      org,
      envelope.type,
      envelope.action,
      envelope.webhookTimestamp,
      now,
    ];
    const insertDelivery = INSERT_DELIVERY;

    if (envelope.type === 'OAuthApp' && envelope.action === 'revoked') {
      return store.transaction(async (tx) => {
        if ((await tx.run(insertDelivery, [...delivery, 'revoked'])).changes === 0) return 'duplicate';
        // The workspace uninstalled us: its tokens are dead, forget them at once.
        if (org) {
          await deleteInstallation(tx, org);
          appUsers.delete(org);
        }
        return 'revoked';
      });
    }

    const identity = org && envelope.actor?.id ? await identityOf(org, now) : undefined;
    if (isOwnAction(envelope, { clientId, ...identity })) {
      const { changes } = await store.run(insertDelivery, [...delivery, 'ignored_self']);
      return changes === 0 ? 'duplicate' : 'ignored_self';
    }

    const job = {
      type: webhookJobType(envelope.type),
      payload: undefined,
      payloadJson: rawBody.toString('utf8'),
      organizationId: org,
      dedupeKey: `delivery:${deliveryId}`,
    };
    if (store.dialect === 'postgres') {
      const row = await store.get<{ id: number }>(
        `WITH d AS (${insertDelivery} RETURNING delivery_id)
         INSERT INTO jobs (type, payload, organization_id, dedupe_key, status, attempts, max_attempts, run_at, created_at, updated_at)
         SELECT ?, ?, ?, ?, 'ready', 0, ?, ?, ?, ? FROM d ON CONFLICT DO NOTHING RETURNING id`,
        [
          ...delivery,
          'queued',
          job.type,
          job.payloadJson,
          org,
          job.dedupeKey,
          DEFAULT_MAX_ATTEMPTS,
          now,
          now,
          now,
        ],
      );
      return row ? 'queued' : 'duplicate';
    }
    return new Promise<IntakeOutcome>((resolve, reject) => {
      pending.push({ delivery: [...delivery, 'queued'], job, now, resolve, reject });
      if (pending.length === 1) setImmediate(flush);
    });
  };
}
