import { createHash, timingSafeEqual } from 'node:crypto';
import type { Hono, MiddlewareHandler } from 'hono';
import type { AppDeps } from '../server.ts';
import { problemResponse } from '../server.ts';
import { deleteInstallation, loadInstallation, tokenContext } from './installations.ts';
import { revokeToken } from './linearOAuthApi.ts';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Bearer-token guard for admin endpoints; they do not exist at all without `TRAILMAP_ADMIN_TOKEN`. */
function requireAdmin(deps: AppDeps): MiddlewareHandler {
  return async (c, next) => {
    const expected = deps.config.adminToken;
    if (!expected)
      return problemResponse(c, 404, 'not_found', 'admin endpoints are disabled (set TRAILMAP_ADMIN_TOKEN)');
    const given = c.req.header('authorization')?.replace(/^Bearer\s+/i, '') ?? '';
    // Compare digests so the comparison is constant-time whatever the lengths.
    if (!timingSafeEqual(digest(given), digest(expected))) {
      return problemResponse(c, 401, 'unauthorized', 'admin token required');
    }
    await next();
    return undefined;
  };
}

/**
 * Mounts `DELETE /admin/installations/:organizationId`: revokes the workspace's token at Linear
 * (`/oauth/revoke`) and deletes the stored tokens whether or not Linear confirmed, since an
 * operator asking to uninstall wants the secrets gone.
 *
 * @example
 * // curl -X DELETE -H "Authorization: Bearer $TRAILMAP_ADMIN_TOKEN" $PUBLIC_URL/admin/installations/<org id>
 */
export function registerAdminRoutes(app: Hono, deps: AppDeps): void {
  app.delete('/admin/installations/:organizationId', requireAdmin(deps), async (c) => {
    const organizationId = c.req.param('organizationId');
    const row = await loadInstallation(deps.store, organizationId);
    if (!row) return problemResponse(c, 404, 'not_installed', `workspace ${organizationId} is not installed`);
    const token = deps.cipher.decrypt(row.access_token_enc, tokenContext(organizationId, 'access'));
    const revoked = token.ok
      ? await revokeToken(deps.fetch ? { fetch: deps.fetch } : {}, token.value)
      : false;
    await deleteInstallation(deps.store, organizationId);
    return c.json({ organizationId, revokedAtLinear: revoked, tokensDeleted: true });
  });
}
