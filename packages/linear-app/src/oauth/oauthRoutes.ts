import { createHash, timingSafeEqual } from 'node:crypto';
import type { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppDeps } from '../server';
import { problemResponse } from '../server';
import { saveInstallation } from './installations';
import { exchangeCode, fetchTokenOwner, LINEAR_AUTHORIZE_URL } from './linearOAuthApi';
import { createPkcePair, randomToken } from './pkce';

/** Lifetime of an install attempt (state + PKCE verifier). */
export const OAUTH_STATE_TTL_MS = 10 * 60_000;
/** Cookie binding an install attempt to the browser that started it. */
export const OAUTH_COOKIE = 'tm_oauth';
/** How long the roadmap link on the "installed" page stays valid. */
const INSTALLED_LINK_TTL_S = 24 * 3600;

const sha256 = (s: string) => createHash('sha256').update(s).digest();
const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><h1>${esc(title)}</h1>${body}</body></html>`;

/**
 * Mounts `GET /oauth/install` and `GET /oauth/callback` (OAuth 2 with `actor=app` and PKCE S256).
 * The `state` is random, stored server-side with an expiry, single-use, and bound to the
 * starting browser through a cookie holding a nonce whose hash is stored with the state, so a
 * callback URL planted in another browser (login CSRF) is refused.
 *
 * @example
 * registerOAuthRoutes(app, deps); // link users to `${PUBLIC_URL}/oauth/install`
 */
export function registerOAuthRoutes(app: Hono, deps: AppDeps): void {
  const { config, store, cipher } = deps;
  const redirectUri = `${config.publicUrl}/oauth/callback`;
  const secureCookie = config.publicUrl.startsWith('https:');
  const oauthCfg = {
    clientId: config.linearClientId ?? '',
    clientSecret: config.linearClientSecret ?? '',
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
  };

  app.get('/oauth/install', async (c) => {
    if (config.mode !== 'oauth')
      return problemResponse(c, 404, 'oauth_disabled', 'OAuth is not configured on this server');
    const state = randomToken();
    const nonce = randomToken();
    const { verifier, challenge } = createPkcePair();
    const now = deps.now();
    await store.run(
      'INSERT INTO oauth_states (state, code_verifier_enc, browser_binding, expires_at, created_at) VALUES (?, ?, ?, ?, ?)',
      [
        state,
        cipher.encrypt(verifier, `oauth-state:${state}`),
        sha256(nonce).toString('hex'),
        now + OAUTH_STATE_TTL_MS,
        now,
      ],
    );
    // Expired attempts are useless; sweeping them here keeps the table small without a timer.
    await store.run('DELETE FROM oauth_states WHERE expires_at < ?', [now]);
    setCookie(c, OAUTH_COOKIE, nonce, {
      httpOnly: true,
      secure: secureCookie,
      // Lax: the callback is a top-level GET navigation from linear.app, which Lax allows.
      sameSite: 'Lax',
      path: '/oauth',
      maxAge: OAUTH_STATE_TTL_MS / 1000,
    });
    const url = new URL(LINEAR_AUTHORIZE_URL);
    url.search = new URLSearchParams({
      client_id: oauthCfg.clientId,
      redirect_uri: redirectUri,
      response_type: 'code',
      scope: config.linearScopes,
      state,
      actor: 'app',
      prompt: 'consent',
      code_challenge: challenge,
      code_challenge_method: 'S256',
    }).toString();
    c.header('Cache-Control', 'no-store');
    return c.redirect(url.toString(), 302);
  });

  app.get('/oauth/callback', async (c) => {
    if (config.mode !== 'oauth')
      return problemResponse(c, 404, 'oauth_disabled', 'OAuth is not configured on this server');
    c.header('Cache-Control', 'no-store');
    const error = c.req.query('error');
    if (error) return c.html(page('Installation cancelled', `<p>Linear answered: ${esc(error)}.</p>`), 400);
    const code = c.req.query('code');
    const state = c.req.query('state');
    const nonce = getCookie(c, OAUTH_COOKIE);
    deleteCookie(c, OAUTH_COOKIE, { path: '/oauth', secure: secureCookie });
    if (!code || !state) return problemResponse(c, 400, 'invalid_request', 'code and state are required');
    // DELETE … RETURNING consumes the state atomically: a second use finds nothing.
    const row = await store.get<{ code_verifier_enc: string; browser_binding: string; expires_at: number }>(
      'DELETE FROM oauth_states WHERE state = ? RETURNING code_verifier_enc, browser_binding, expires_at',
      [state],
    );
    const bound =
      row !== undefined &&
      nonce !== undefined &&
      timingSafeEqual(sha256(nonce), Buffer.from(row.browser_binding, 'hex'));
    if (!row || !bound) {
      return problemResponse(
        c,
        400,
        'state_mismatch',
        'install link is not valid for this browser; start again from /oauth/install',
      );
    }
    if (row.expires_at < deps.now()) {
      return problemResponse(
        c,
        400,
        'state_expired',
        'install attempt expired; start again from /oauth/install',
      );
    }
    const verifier = cipher.decrypt(row.code_verifier_enc, `oauth-state:${state}`);
    if (!verifier.ok)
      return problemResponse(c, 400, 'state_mismatch', 'install attempt is corrupt; start again');
    const tokens = await exchangeCode(oauthCfg, { code, codeVerifier: verifier.value, redirectUri });
    if (!tokens.ok) return problemResponse(c, 502, 'token_exchange_failed', tokens.problems[0].message);
    const owner = await fetchTokenOwner(oauthCfg, tokens.value.access_token);
    if (!owner.ok) return problemResponse(c, 502, 'workspace_lookup_failed', owner.problems[0].message);
    await saveInstallation(store, cipher, owner.value, tokens.value, deps.now());
    const link = deps.pageSigner.signPath(
      `/roadmap/${encodeURIComponent(owner.value.organizationId)}/workspace`,
      INSTALLED_LINK_TTL_S,
      deps.now(),
    );
    return c.html(
      page(
        `Trailmap is installed in ${owner.value.organizationName}`,
        `<p>Webhooks from this workspace are now processed.</p><p><a href="${esc(link)}">Open the roadmap</a> (link valid for 24 hours; Trailmap adds links to Linear for later visits).</p>`,
      ),
    );
  });
}
