import type { Problem, Result } from '@trailmap/core';
import type { AppConfig } from '../config/env';
import type { TokenCipher } from '../security/tokenCipher';
import type { Store } from '../storage/store';
import { type InstallationRow, loadInstallation, sealTokens, tokenContext } from './installations';
import { refreshTokens } from './linearOAuthApi';

/** Credentials for one Linear workspace. */
export interface LinearAuth {
  kind: 'oauth' | 'apiKey';
  /** OAuth access token (send as `Bearer`) or personal API key (send as is). */
  token: string;
  organizationId: string;
  /** The app's own user in the workspace (OAuth installs), for ignoring self-caused changes. */
  appUserId: string | undefined;
}

/** Why no credentials are available. */
export type LinearAuthProblemCode =
  | 'not_installed'
  | 'reauthorize_required'
  | 'refresh_failed'
  | 'corrupt_token';

/** Gives handlers and routes a usable Linear credential for a workspace. */
export interface LinearAuthProvider {
  getLinearAuth(organizationId: string): Promise<Result<LinearAuth, Problem<LinearAuthProblemCode>>>;
}

/** Refresh this long before expiry so a token never expires mid-request. */
export const REFRESH_MARGIN_MS = 5 * 60_000;
const LOCK_MS = 30_000;

/**
 * Creates the credential provider for the configured mode. OAuth tokens are refreshed ahead of
 * expiry, once per workspace at a time: in-process callers share one promise, and instances
 * sharing a database take a short lock on the installation row (a conditional UPDATE, same SQL
 * on both backends), because Linear rotates refresh tokens and a second refresh with the old
 * token would fail.
 *
 * @example
 * const auth = await provider.getLinearAuth(orgId);
 * if (auth.ok) new LinearClient({ accessToken: auth.value.token });
 */
export function createLinearAuthProvider(deps: {
  config: AppConfig;
  store: Store;
  cipher: TokenCipher;
  now: () => number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}): LinearAuthProvider {
  const { config, store, cipher, now } = deps;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const inFlight = new Map<string, Promise<AuthResult>>();

  const usable = (row: InstallationRow, at: number) =>
    row.token_expires_at === null || row.token_expires_at - at > REFRESH_MARGIN_MS;

  const fromRow = (row: InstallationRow): AuthResult => {
    const opened = cipher.decrypt(row.access_token_enc, tokenContext(row.organization_id, 'access'));
    if (!opened.ok)
      return fail('corrupt_token', `stored access token cannot be decrypted (${opened.reason})`);
    return {
      ok: true,
      value: {
        kind: 'oauth',
        token: opened.value,
        organizationId: row.organization_id,
        appUserId: row.app_user_id ?? undefined,
      },
    };
  };

  const refresh = async (organizationId: string): Promise<AuthResult> => {
    for (let attempt = 0; attempt < 60; attempt++) {
      const at = now();
      const { changes } = await store.run(
        `UPDATE installations SET refresh_lock_until = ?
         WHERE organization_id = ? AND (refresh_lock_until IS NULL OR refresh_lock_until < ?)`,
        [at + LOCK_MS, organizationId, at],
      );
      const row = await loadInstallation(store, organizationId);
      if (!row) return fail('not_installed', `workspace ${organizationId} is not installed`);
      if (changes === 0) {
        // Another instance is refreshing; wait for its result instead of spending the token twice.
        if (usable(row, now())) return fromRow(row);
        await sleep(200);
        continue;
      }
      const release = () =>
        store.run('UPDATE installations SET refresh_lock_until = NULL WHERE organization_id = ?', [
          organizationId,
        ]);
      if (usable(row, now())) {
        await release();
        return fromRow(row);
      }
      const sealedRefresh = row.refresh_token_enc;
      const opened = sealedRefresh
        ? cipher.decrypt(sealedRefresh, tokenContext(organizationId, 'refresh'))
        : undefined;
      if (!opened?.ok) {
        await release();
        return fail(
          'reauthorize_required',
          `no usable refresh token for ${organizationId}; reinstall the app`,
        );
      }
      const result = await refreshTokens(
        {
          clientId: config.linearClientId ?? '',
          clientSecret: config.linearClientSecret ?? '',
          ...(deps.fetch ? { fetch: deps.fetch } : {}),
        },
        opened.value,
      );
      if (!result.ok) {
        await release();
        const [p] = result.problems;
        if (p.code === 'invalid_grant')
          return fail('reauthorize_required', `${p.message}; reinstall the app`);
        // A transient failure with a still-valid token is not an outage: use the old token.
        if (row.token_expires_at !== null && row.token_expires_at > now()) return fromRow(row);
        return fail('refresh_failed', p.message);
      }
      const tokens = result.value;
      // Linear may omit a new refresh token; keep the old one then.
      const sealed = sealTokens(cipher, organizationId, tokens, now());
      await store.run(
        `UPDATE installations SET access_token_enc = ?, refresh_token_enc = ?, token_expires_at = ?, key_id = ?,
           scope = ?, refresh_lock_until = NULL, updated_at = ? WHERE organization_id = ?`,
        [
          sealed.access,
          sealed.refresh ?? sealedRefresh,
          sealed.expiresAt,
          cipher.keyId,
          tokens.scope,
          now(),
          organizationId,
        ],
      );
      return {
        ok: true,
        value: {
          kind: 'oauth',
          token: tokens.access_token,
          organizationId,
          appUserId: row.app_user_id ?? undefined,
        },
      };
    }
    return fail('refresh_failed', `timed out waiting for another instance to refresh ${organizationId}`);
  };

  return {
    async getLinearAuth(organizationId) {
      if (config.mode === 'api-key' && config.linearApiKey) {
        return {
          ok: true,
          value: { kind: 'apiKey', token: config.linearApiKey, organizationId, appUserId: undefined },
        };
      }
      if (config.mode !== 'oauth')
        return fail('not_installed', 'no Linear credentials configured (demo mode)');
      const row = await loadInstallation(store, organizationId);
      if (!row) return fail('not_installed', `workspace ${organizationId} is not installed`);
      if (usable(row, now())) return fromRow(row);
      let pending = inFlight.get(organizationId);
      if (!pending) {
        pending = refresh(organizationId).finally(() => inFlight.delete(organizationId));
        inFlight.set(organizationId, pending);
      }
      return pending;
    },
  };
}

type AuthResult = Awaited<ReturnType<LinearAuthProvider['getLinearAuth']>>;

function fail(code: LinearAuthProblemCode, message: string): AuthResult {
  return { ok: false, problems: [{ field: 'organizationId', code, message }] };
}
