import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/storage/store';
import { type RunningServer, startTestServer, TEST_WEBHOOK_SECRET } from '../server/testServer';
import { BACKENDS, backendTitle, migratedDatabase, type TestDatabase } from '../storage/backends';
import { deliveryHeaders, signedDelivery } from './signedDelivery';

const HOUR = 3_600_000;

for (const backend of BACKENDS) {
  describe.skipIf(backend.skipReason !== undefined)(
    `webhook intake over HTTP — ${backendTitle(backend)}`,
    () => {
      let db: TestDatabase;
      let store: Store;
      let server: RunningServer;

      beforeAll(async () => {
        ({ db, store } = await migratedDatabase(backend));
        server = await startTestServer(store, {
          LINEAR_API_KEY: 'lin_api_test',
          LINEAR_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
          LINEAR_WEBHOOK_MAX_AGE_SECONDS: String(7 * 3600),
          LINEAR_WEBHOOK_PREVIOUS_SECRET: 'lin_wh_previous_secret',
        });
      });
      afterAll(async () => {
        await server?.close();
        await store?.close();
        await db?.dispose();
      });

      const post = (body: string, headers: Record<string, string>) =>
        fetch(`${server.url}/webhooks/linear`, { method: 'POST', body, headers });
      const jobsFor = async (deliveryId: string) =>
        (
          await store.get<{ n: number }>('SELECT count(*) AS n FROM jobs WHERE dedupe_key = ?', [
            `delivery:${deliveryId}`,
          ])
        )?.n;

      it('accepts a signed delivery, answers 200 and stores one job with the verified body', async () => {
        const d = signedDelivery(TEST_WEBHOOK_SECRET, { data: { id: 'issue-1', title: 'Dark mode' } });
        const res = await post(d.body, d.headers);
        expect(res.status).toBe(200);
        expect(await res.json()).toEqual({ status: 'queued' });
        const job = await store.get<{ type: string; payload: string; organization_id: string }>(
          'SELECT type, payload, organization_id FROM jobs WHERE dedupe_key = ?',
          [`delivery:${d.deliveryId}`],
        );
        expect(job).toEqual({ type: 'linear.Issue', payload: d.body, organization_id: 'org-1' });
      });

      it('rejects a delivery signed with the wrong secret with 401 and stores nothing', async () => {
        const d = signedDelivery('not-the-secret', { data: { id: 'issue-2' } });
        const res = await post(d.body, d.headers);
        expect(res.status).toBe(401);
        expect(await jobsFor(d.deliveryId)).toBe(0);
      });

      it('accepts deliveries signed with the previous secret during a rotation', async () => {
        const d = signedDelivery('lin_wh_previous_secret', { data: { id: 'issue-rotated' } });
        const res = await post(d.body, d.headers);
        expect(res.status).toBe(200);
        expect(await jobsFor(d.deliveryId)).toBe(1);
      });

      it('rejects an altered body with 401', async () => {
        const d = signedDelivery(TEST_WEBHOOK_SECRET, { data: { id: 'issue-3', title: 'original' } });
        const res = await post(d.body.replace('original', 'altered!'), d.headers);
        expect(res.status).toBe(401);
        expect(await jobsFor(d.deliveryId)).toBe(0);
      });

      it('rejects a missing signature with 401', async () => {
        const d = signedDelivery(TEST_WEBHOOK_SECRET, {});
        const { 'linear-signature': _, ...headers } = d.headers;
        expect((await post(d.body, headers)).status).toBe(401);
      });

      it('answers a replayed delivery id with 200 and does no work', async () => {
        const d = signedDelivery(TEST_WEBHOOK_SECRET, { data: { id: 'issue-4' } });
        expect((await post(d.body, d.headers)).status).toBe(200);
        const again = await post(d.body, d.headers);
        expect(again.status).toBe(200);
        expect(await again.json()).toEqual({ status: 'duplicate' });
        expect(await jobsFor(d.deliveryId)).toBe(1);
      });

      it('queues a delivery exactly once when copies arrive concurrently', async () => {
        const d = signedDelivery(TEST_WEBHOOK_SECRET, { data: { id: 'issue-burst' } });
        const answers = await Promise.all(
          Array.from(
            { length: 10 },
            async () => ((await (await post(d.body, d.headers)).json()) as { status: string }).status,
          ),
        );
        expect(answers.filter((a) => a === 'queued')).toHaveLength(1);
        expect(answers.filter((a) => a === 'duplicate')).toHaveLength(9);
        expect(await jobsFor(d.deliveryId)).toBe(1);
      });

      it('keeps distinct concurrent deliveries apart (one job each)', async () => {
        const ds = Array.from({ length: 25 }, (_, i) =>
          signedDelivery(TEST_WEBHOOK_SECRET, { data: { id: `issue-many-${i}` } }),
        );
        const statuses = await Promise.all(ds.map(async (d) => (await post(d.body, d.headers)).status));
        expect(statuses.every((s) => s === 200)).toBe(true);
        const counts = await Promise.all(ds.map((d) => jobsFor(d.deliveryId)));
        expect(counts.every((n) => Number(n) === 1)).toBe(true);
      });

      it('treats a captured body replayed under a fresh delivery id as a duplicate (the id is unsigned)', async () => {
        const d = signedDelivery(TEST_WEBHOOK_SECRET, { data: { id: 'issue-5' } });
        await post(d.body, d.headers);
        const forgedId = randomUUID();
        const res = await post(d.body, { ...d.headers, 'linear-delivery': forgedId });
        expect(await res.json()).toEqual({ status: 'duplicate' });
        expect(await jobsFor(forgedId)).toBe(0);
      });

      it('accepts a retry whose signed timestamp is an hour old exactly once', async () => {
        const d = signedDelivery(
          TEST_WEBHOOK_SECRET,
          { data: { id: 'issue-6' } },
          { timestamp: Date.now() - HOUR },
        );
        const first = await post(d.body, d.headers);
        const second = await post(d.body, d.headers);
        expect([first.status, await first.json(), second.status, await second.json()]).toEqual([
          200,
          { status: 'queued' },
          200,
          { status: 'duplicate' },
        ]);
        expect(await jobsFor(d.deliveryId)).toBe(1);
      });

      it('rejects a delivery older than the retry horizon', async () => {
        const d = signedDelivery(TEST_WEBHOOK_SECRET, {}, { timestamp: Date.now() - 7 * HOUR - 60_000 });
        const res = await post(d.body, d.headers);
        expect(res.status).toBe(400);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('stale_timestamp');
        expect(await jobsFor(d.deliveryId)).toBe(0);
      });

      it('rejects a timestamp far in the future', async () => {
        const d = signedDelivery(TEST_WEBHOOK_SECRET, {}, { timestamp: Date.now() + HOUR });
        expect((await post(d.body, d.headers)).status).toBe(400);
      });

      it('answers malformed JSON (correctly signed) with 400', async () => {
        const body = '{"type":"Issue","action":';
        const res = await post(body, deliveryHeaders(TEST_WEBHOOK_SECRET, body, randomUUID()));
        expect(res.status).toBe(400);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('malformed_json');
      });

      it('answers a signed body without webhookTimestamp with 400', async () => {
        const body = JSON.stringify({ type: 'Issue', action: 'create' });
        expect((await post(body, deliveryHeaders(TEST_WEBHOOK_SECRET, body, randomUUID()))).status).toBe(400);
      });

      it('refuses a body over 5 MiB with 413 before verifying it', async () => {
        const body = JSON.stringify({
          type: 'Issue',
          pad: 'x'.repeat(5 * 1024 * 1024),
          webhookTimestamp: Date.now(),
        });
        const res = await post(body, deliveryHeaders(TEST_WEBHOOK_SECRET, body, randomUUID()));
        expect(res.status).toBe(413);
      });

      it('requires a Linear-Delivery id', async () => {
        const d = signedDelivery(TEST_WEBHOOK_SECRET, {});
        const { 'linear-delivery': _, ...headers } = d.headers;
        expect((await post(d.body, headers)).status).toBe(400);
      });

      it('records but does not enqueue events caused by the app itself', async () => {
        const now = Date.now();
        await store.run(
          `INSERT INTO installations (organization_id, organization_name, app_user_id, scope, access_token_enc, key_id, installed_at, updated_at)
         VALUES ('org-self', 'Self', 'app-user-1', 'read', 'x', 'k', ?, ?)`,
          [now, now],
        );
        const d = signedDelivery(TEST_WEBHOOK_SECRET, {
          organizationId: 'org-self',
          actor: { id: 'app-user-1', type: 'user', name: 'Trailmap' },
        });
        const res = await post(d.body, d.headers);
        expect(await res.json()).toEqual({ status: 'ignored_self' });
        expect(await jobsFor(d.deliveryId)).toBe(0);
      });

      it('also recognises the app acting as its OAuth client', async () => {
        const now = Date.now();
        await store.run(
          `INSERT INTO installations (organization_id, organization_name, app_user_id, app_actor_id, scope, access_token_enc, key_id, installed_at, updated_at)
         VALUES ('org-client', 'Client', 'app-user-2', 'oauth-app-2', 'read', 'x', 'k', ?, ?)`,
          [now, now],
        );
        const own = signedDelivery(TEST_WEBHOOK_SECRET, {
          organizationId: 'org-client',
          actor: { id: 'oauth-app-2', type: 'OauthClient', name: 'Trailmap' },
        });
        const person = signedDelivery(TEST_WEBHOOK_SECRET, {
          organizationId: 'org-client',
          actor: { id: 'user-7', type: 'user', name: 'Ada' },
        });
        expect(await (await post(own.body, own.headers)).json()).toEqual({ status: 'ignored_self' });
        expect(await (await post(person.body, person.headers)).json()).toEqual({ status: 'queued' });
      });

      it('deletes the installation on an OAuthApp revoked event', async () => {
        const now = Date.now();
        await store.run(
          `INSERT INTO installations (organization_id, organization_name, scope, access_token_enc, key_id, installed_at, updated_at)
         VALUES ('org-gone', 'Gone', 'read', 'x', 'k', ?, ?)`,
          [now, now],
        );
        const d = signedDelivery(TEST_WEBHOOK_SECRET, {
          type: 'OAuthApp',
          action: 'revoked',
          organizationId: 'org-gone',
        });
        const res = await post(d.body, d.headers);
        expect(await res.json()).toEqual({ status: 'revoked' });
        expect(
          await store.get('SELECT 1 AS x FROM installations WHERE organization_id = ?', ['org-gone']),
        ).toBeUndefined();
      });
    },
  );
}
