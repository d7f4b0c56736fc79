import { createHash, timingSafeEqual } from 'node:crypto';
import { html } from '@trailmap/core/render';
import type { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppDeps } from '../app/appDeps';
import { problemResponse } from '../app/problemResponse';
import { toUserMessage } from '../app/toUserMessage';
import { page } from '../routes/html';
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

/** What the sealed install cookie carries: the state, the PKCE verifier and the expiry. */
interface InstallAttempt {
  state: string;
  verifier: string;
  expiresAt: number;
}

const COOKIE_CONTEXT = 'oauth-install-cookie/v1';

/**
 * Mounts `GET /oauth/install` and `GET /oauth/callback` (OAuth 2 with `actor=app` and PKCE S256).
 * The install attempt (random state, PKCE verifier, expiry) lives in an HttpOnly cookie sealed
 * with AES-256-GCM, not in the database: an unauthenticated request never writes a row, so a
 * flood of `/oauth/install` costs nothing but CPU. The callback accepts the state only with the
 * cookie of the browser that started the attempt (no login CSRF), only before it expires, and
 * only once: its state is recorded as consumed (a write that needs a valid sealed cookie).
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
    const { verifier, challenge } = createPkcePair();
    const attempt: InstallAttempt = { state, verifier, expiresAt: deps.now() + OAUTH_STATE_TTL_MS };
    setCookie(c, OAUTH_COOKIE, cipher.encrypt(JSON.stringify(attempt), COOKIE_CONTEXT), {
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
    if (error) return c.html(page('Installation cancelled', html`<p>Linear answered: ${error}.</p>`), 400);
    const code = c.req.query('code');
    const state = c.req.query('state');
    const sealed = getCookie(c, OAUTH_COOKIE);
    deleteCookie(c, OAUTH_COOKIE, { path: '/oauth', secure: secureCookie });
    if (!code || !state) return problemResponse(c, 400, 'invalid_request', 'code and state are required');
    const attempt = openAttempt(sealed);
    if (!attempt || !sameText(attempt.state, state)) {
      return problemResponse(
        c,
        400,
        'state_mismatch',
        'install link is not valid for this browser; start again from /oauth/install',
      );
    }
    const now = deps.now();
    if (attempt.expiresAt < now) {
      return problemResponse(
        c,
        400,
        'state_expired',
        'install attempt expired; start again from /oauth/install',
      );
    }
    // Single use. Only a browser holding a valid sealed cookie gets this far, so this write is
    // not open to anonymous floods; expired records go with it.
    await store.run('DELETE FROM oauth_states WHERE expires_at < ?', [now]);
    const { changes } = await store.run(
      `INSERT INTO oauth_states (state, code_verifier_enc, browser_binding, expires_at, created_at)
       VALUES (?, '', 'consumed', ?, ?) ON CONFLICT DO NOTHING`,
      [sha256(state).toString('hex'), attempt.expiresAt, now],
    );
    if (changes === 0)
      return problemResponse(
        c,
        400,
        'state_mismatch',
        'install attempt was already used; start again from /oauth/install',
      );
    const tokens = await exchangeCode(oauthCfg, { code, codeVerifier: attempt.verifier, redirectUri });
    if (!tokens.ok) return problemResponse(c, 502, 'token_exchange_failed', toUserMessage(tokens.problems));
    const owner = await fetchTokenOwner(oauthCfg, tokens.value.access_token);
    if (!owner.ok) return problemResponse(c, 502, 'workspace_lookup_failed', toUserMessage(owner.problems));
    await saveInstallation(store, cipher, owner.value, tokens.value, deps.now());
    const link = deps.pageSigner.signPath(
      `/roadmap/${encodeURIComponent(owner.value.organizationId)}/workspace`,
      INSTALLED_LINK_TTL_S,
      deps.now(),
    );
    return c.html(
      page(
        `Trailmap is installed in ${owner.value.organizationName}`,
        html`<p>Webhooks from this workspace are now processed.</p><p><a href="${link}">Open the roadmap</a> (link valid for 24 hours; Trailmap adds links to Linear for later visits).</p>`,
      ),
    );
  });

  function openAttempt(value: string | undefined): InstallAttempt | undefined {
    if (!value) return undefined;
    const opened = cipher.decrypt(value, COOKIE_CONTEXT);
    if (!opened.ok) return undefined;
    try {
      const parsed = JSON.parse(opened.value) as Partial<InstallAttempt>;
      return typeof parsed.state === 'string' &&
        typeof parsed.verifier === 'string' &&
        typeof parsed.expiresAt === 'number'
        ? { state: parsed.state, verifier: parsed.verifier, expiresAt: parsed.expiresAt }
        : undefined;
    } catch {
      return undefined;
    }
  }
}

function sameText(a: string, b: string): boolean {
  return timingSafeEqual(sha256(a), sha256(b));
}
