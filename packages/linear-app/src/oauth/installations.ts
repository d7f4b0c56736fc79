import type { TokenCipher } from '../security/tokenCipher';
import type { SqlExecutor } from '../storage/store';
import type { TokenOwner, TokenResponse } from './linearOAuthApi';

/** A stored installation row (tokens still sealed). */
export interface InstallationRow {
  organization_id: string;
  organization_name: string;
  url_key: string | null;
  app_user_id: string | null;
  app_actor_id: string | null;
  scope: string;
  access_token_enc: string;
  refresh_token_enc: string | null;
  token_expires_at: number | null;
  key_id: string;
  refresh_lock_until: number | null;
}

/** Associated data binding a sealed token to its workspace and role, so rows cannot be swapped. */
export const tokenContext = (organizationId: string, role: 'access' | 'refresh') =>
  `installation:${organizationId}:${role}`;

/** Sealed token columns for `tokens`, computed once so the write is a single statement. */
export function sealTokens(cipher: TokenCipher, organizationId: string, tokens: TokenResponse, now: number) {
  return {
    access: cipher.encrypt(tokens.access_token, tokenContext(organizationId, 'access')),
    refresh: tokens.refresh_token
      ? cipher.encrypt(tokens.refresh_token, tokenContext(organizationId, 'refresh'))
      : null,
    expiresAt: tokens.expires_in ? now + tokens.expires_in * 1000 : null,
  };
}

/**
 * Creates or replaces the installation of a workspace (reinstalling replaces the tokens).
 *
 * @example
 * await saveInstallation(store, cipher, owner, tokens, Date.now());
 */
export async function saveInstallation(
  db: SqlExecutor,
  cipher: TokenCipher,
  owner: TokenOwner,
  tokens: TokenResponse,
  now: number,
): Promise<void> {
  const sealed = sealTokens(cipher, owner.organizationId, tokens, now);
  await db.run(
    `INSERT INTO installations (organization_id, organization_name, url_key, app_user_id, app_actor_id, scope,
       access_token_enc, refresh_token_enc, token_expires_at, key_id, refresh_lock_until, installed_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)
     ON CONFLICT (organization_id) DO UPDATE SET organization_name = excluded.organization_name,
       url_key = excluded.url_key, app_user_id = excluded.app_user_id, app_actor_id = excluded.app_actor_id, scope = excluded.scope,
       access_token_enc = excluded.access_token_enc, refresh_token_enc = excluded.refresh_token_enc,
       token_expires_at = excluded.token_expires_at, key_id = excluded.key_id, refresh_lock_until = NULL,
       updated_at = excluded.updated_at`,
    [
      owner.organizationId,
      owner.organizationName,
      owner.urlKey ?? null,
      owner.appUserId,
      owner.appActorId ?? null,
      tokens.scope,
      sealed.access,
      sealed.refresh,
      sealed.expiresAt,
      cipher.keyId,
      now,
      now,
    ],
  );
}

/** The installation of a workspace, if any. */
export function loadInstallation(
  db: SqlExecutor,
  organizationId: string,
): Promise<InstallationRow | undefined> {
  return db.get<InstallationRow>(
    `SELECT organization_id, organization_name, url_key, app_user_id, app_actor_id, scope, access_token_enc, refresh_token_enc,
       token_expires_at, key_id, refresh_lock_until FROM installations WHERE organization_id = ?`,
    [organizationId],
  );
}

/** Forgets a workspace's tokens (uninstall, revocation). Returns whether a row existed. */
export async function deleteInstallation(db: SqlExecutor, organizationId: string): Promise<boolean> {
  return (await db.run('DELETE FROM installations WHERE organization_id = ?', [organizationId])).changes > 0;
}
