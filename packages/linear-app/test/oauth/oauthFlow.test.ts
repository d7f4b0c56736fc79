import { createHash } from 'node:crypto';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tokenContext } from '../../src/oauth/installations';
import { createLinearAuthProvider } from '../../src/oauth/linearAuth';
import type { Store } from '../../src/storage/store';
import {
  type RunningServer,
  startTestServer,
  TEST_ADMIN_TOKEN,
  TEST_WEBHOOK_SECRET,
} from '../server/testServer';
import { BACKENDS, backendTitle, migratedDatabase, type TestDatabase } from '../storage/backends';

const PUBLIC_URL = 'https://trailmap.test';
const ORG = 'org-acme';

interface Calls {
  token: URLSearchParams[];
  revoke: { authorization: string | null }[];
}
const calls: Calls = { token: [], revoke: [] };
let refreshBehaviour: 'rotate' | 'invalid_grant' = 'rotate';
let issued = 0;

const linear = setupServer(
  http.post('https://api.linear.app/oauth/token', async ({ request }) => {
    const form = new URLSearchParams(await request.text());
    calls.token.push(form);
    if (form.get('grant_type') === 'refresh_token' && refreshBehaviour === 'invalid_grant') {
      return HttpResponse.json({ error: 'invalid_grant' }, { status: 400 });
    }
    // Slow enough that concurrent callers overlap with the refresh in flight.
    await new Promise((r) => setTimeout(r, 50));
    issued++;
    return HttpResponse.json({
      access_token: `lin_oauth_access_${issued}`,
      refresh_token: `lin_refresh_${issued}`,
      token_type: 'Bearer',
      expires_in: 86_399,
      scope: 'read,write',
    });
  }),
  http.post('https://api.linear.app/graphql', async ({ request }) => {
    const { operationName, variables } = (await request.json()) as {
      operationName: string;
      variables?: { clientId?: string };
    };
    if (operationName === 'TrailmapAppInfo') {
      return HttpResponse.json({ data: { applicationInfo: { id: `app-of-${variables?.clientId}` } } });
    }
    return HttpResponse.json({
      data: { viewer: { id: 'app-user-9' }, organization: { id: ORG, name: 'Acme', urlKey: 'acme' } },
    });
  }),
  http.post('https://api.linear.app/oauth/revoke', ({ request }) => {
    calls.revoke.push({ authorization: request.headers.get('authorization') });
    return new HttpResponse(null, { status: 200 });
  }),
);

beforeAll(() =>
  linear.listen({
    onUnhandledRequest: (req, print) => {
      if (new URL(req.url).hostname !== '127.0.0.1') print.error();
    },
  }),
);
afterAll(() => linear.close());

for (const backend of BACKENDS) {
  describe.skipIf(backend.skipReason !== undefined)(
    `OAuth install, refresh and uninstall — ${backendTitle(backend)}`,
    () => {
      let db: TestDatabase;
      let store: Store;
      let server: RunningServer;
      let clock = Date.now();

      beforeAll(async () => {
        ({ db, store } = await migratedDatabase(backend));
        server = await startTestServer(
          store,
          {
            LINEAR_CLIENT_ID: 'client-123',
            LINEAR_CLIENT_SECRET: 'client-secret-456',
            LINEAR_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
            PUBLIC_URL,
            TRAILMAP_ADMIN_TOKEN: TEST_ADMIN_TOKEN,
          },
          { now: () => clock },
        );
      });
      afterAll(async () => {
        await server?.close();
        await store?.close();
        await db?.dispose();
      });
      afterEach(() => {
        calls.token = [];
        calls.revoke = [];
        refreshBehaviour = 'rotate';
      });

      const startInstall = async () => {
        const res = await fetch(`${server.url}/oauth/install`, { redirect: 'manual' });
        const location = new URL(res.headers.get('location') ?? '');
        const setCookie = res.headers.get('set-cookie') ?? '';
        const cookie = setCookie.split(';')[0] ?? '';
        return { res, location, setCookie, cookie, state: location.searchParams.get('state') ?? '' };
      };
      const callback = (query: Record<string, string>, cookie?: string) =>
        fetch(`${server.url}/oauth/callback?${new URLSearchParams(query)}`, {
          redirect: 'manual',
          headers: cookie ? { cookie } : {},
        });
      const errorCode = async (res: Response) =>
        ((await res.json()) as { error: { code: string } }).error.code;

      it('redirects to Linear with comma-separated scopes, actor=app, state and an S256 PKCE challenge', async () => {
        const { res, location, setCookie } = await startInstall();
        expect(res.status).toBe(302);
        expect(`${location.origin}${location.pathname}`).toBe('https://linear.app/oauth/authorize');
        const p = Object.fromEntries(location.searchParams);
        expect(p).toMatchObject({
          client_id: 'client-123',
          redirect_uri: `${PUBLIC_URL}/oauth/callback`,
          response_type: 'code',
          scope: 'read,write,issues:create',
          actor: 'app',
          code_challenge_method: 'S256',
        });
        expect(p.state).toMatch(/^[A-Za-z0-9_-]{43}$/);
        expect(p.code_challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
        expect(setCookie).toMatch(/HttpOnly/i);
        expect(setCookie).toMatch(/Secure/i);
        expect(setCookie).toMatch(/SameSite=Lax/i);
        // The public URL is https (TLS may end at a proxy): browsers must stick to https.
        expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000');
      });

      it('refuses a callback whose state is unknown', async () => {
        const { cookie } = await startInstall();
        const res = await callback({ code: 'c', state: 'forged-state' }, cookie);
        expect([res.status, await errorCode(res)]).toEqual([400, 'state_mismatch']);
        expect(calls.token).toHaveLength(0);
      });

      it('refuses a valid state arriving from a browser without the install cookie', async () => {
        const { state } = await startInstall();
        const res = await callback({ code: 'c', state });
        expect([res.status, await errorCode(res)]).toEqual([400, 'state_mismatch']);
        expect(calls.token).toHaveLength(0);
      });

      it('refuses an install attempt older than ten minutes', async () => {
        const { state, cookie } = await startInstall();
        clock += 11 * 60_000;
        const res = await callback({ code: 'c', state }, cookie);
        expect([res.status, await errorCode(res)]).toEqual([400, 'state_expired']);
      });

      it('exchanges the code with the PKCE verifier, stores the tokens encrypted, and refuses the state twice', async () => {
        const { state, cookie, location } = await startInstall();
        const res = await callback({ code: 'auth-code-1', state }, cookie);
        expect(res.status).toBe(200);
        const installedPage = await res.text();
        expect(installedPage).toContain('installed in Acme');
        // The "Open the roadmap" link must be a signed link to a page that exists.
        // Decoded as a browser reads the attribute (the page escapes `&` as `&amp;`).
        const href = (/href="([^"]+)">Open the roadmap/.exec(installedPage)?.[1] ?? '').replaceAll(
          '&amp;',
          '&',
        );
        const link = new URL(href, server.url);
        expect(link.pathname).toBe(`/roadmap/${ORG}/workspace`);
        expect(
          server.app.routes.some((r) => r.method === 'GET' && r.path === '/roadmap/:org/workspace'),
        ).toBe(true);
        expect(
          server.deps.pageSigner.verify(
            link.pathname,
            link.searchParams.get('exp') ?? undefined,
            link.searchParams.get('sig') ?? undefined,
          ).ok,
        ).toBe(true);
        const form = calls.token[0]!;
        expect(form.get('grant_type')).toBe('authorization_code');
        expect(form.get('code')).toBe('auth-code-1');
        expect(form.get('client_id')).toBe('client-123');
        expect(form.get('redirect_uri')).toBe(`${PUBLIC_URL}/oauth/callback`);
        const verifier = form.get('code_verifier') ?? '';
        expect(createHash('sha256').update(verifier).digest('base64url')).toBe(
          location.searchParams.get('code_challenge'),
        );

        const row = await store.get<{
          access_token_enc: string;
          refresh_token_enc: string;
          app_user_id: string;
        }>(
          'SELECT access_token_enc, refresh_token_enc, app_user_id FROM installations WHERE organization_id = ?',
          [ORG],
        );
        expect(row?.app_user_id).toBe('app-user-9');
        expect(row?.access_token_enc).not.toContain('lin_oauth_access');
        expect(server.deps.cipher.decrypt(row!.access_token_enc, tokenContext(ORG, 'access'))).toEqual({
          ok: true,
          value: `lin_oauth_access_${issued}`,
        });

        const replay = await callback({ code: 'auth-code-1', state }, cookie);
        expect(replay.status).toBe(400);
      });

      it('refreshes a token about to expire once for concurrent callers, across two instances, storing the rotated refresh token', async () => {
        const before = issued;
        await store.run('UPDATE installations SET token_expires_at = ? WHERE organization_id = ?', [
          clock + 60_000,
          ORG,
        ]);
        const other = createLinearAuthProvider({
          config: server.deps.config,
          store,
          cipher: server.deps.cipher,
          now: () => clock,
        });
        const results = await Promise.all([
          ...Array.from({ length: 4 }, () => server.deps.linearAuth.getLinearAuth(ORG)),
          other.getLinearAuth(ORG),
          other.getLinearAuth(ORG),
        ]);
        expect(calls.token).toHaveLength(1);
        expect(calls.token[0]?.get('grant_type')).toBe('refresh_token');
        expect(calls.token[0]?.get('refresh_token')).toBe(`lin_refresh_${before}`);
        expect(new Set(results.map((r) => (r.ok ? r.value.token : r.problems[0].code)))).toEqual(
          new Set([`lin_oauth_access_${before + 1}`]),
        );
        const row = await store.get<{ refresh_token_enc: string; refresh_lock_until: number | null }>(
          'SELECT refresh_token_enc, refresh_lock_until FROM installations WHERE organization_id = ?',
          [ORG],
        );
        expect(server.deps.cipher.decrypt(row!.refresh_token_enc, tokenContext(ORG, 'refresh'))).toEqual({
          ok: true,
          value: `lin_refresh_${before + 1}`,
        });
        expect(row?.refresh_lock_until).toBeNull();
      });

      it('asks for reinstallation when Linear refuses the refresh token', async () => {
        refreshBehaviour = 'invalid_grant';
        await store.run('UPDATE installations SET token_expires_at = ? WHERE organization_id = ?', [
          clock - 1000,
          ORG,
        ]);
        const r = await server.deps.linearAuth.getLinearAuth(ORG);
        expect(r.ok ? 'ok' : r.problems[0].code).toBe('reauthorize_required');
      });

      it('uninstalls through the admin endpoint: revokes at Linear and deletes the tokens', async () => {
        const url = `${server.url}/admin/installations/${ORG}`;
        expect((await fetch(url, { method: 'DELETE' })).status).toBe(401);
        expect(
          (await fetch(url, { method: 'DELETE', headers: { authorization: 'Bearer wrong' } })).status,
        ).toBe(401);
        const res = await fetch(url, {
          method: 'DELETE',
          headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
        });
        expect(await res.json()).toEqual({ organizationId: ORG, revokedAtLinear: true, tokensDeleted: true });
        expect(calls.revoke[0]?.authorization).toMatch(/^Bearer lin_oauth_access_/);
        expect(
          await store.get('SELECT 1 AS x FROM installations WHERE organization_id = ?', [ORG]),
        ).toBeUndefined();
        const auth = await server.deps.linearAuth.getLinearAuth(ORG);
        expect(auth.ok ? 'ok' : auth.problems[0].code).toBe('not_installed');
      });
    },
  );
}
