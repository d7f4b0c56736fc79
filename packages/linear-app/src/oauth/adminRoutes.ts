import type { Hono } from 'hono';
import type { AppDeps } from '../app/appDeps';
import { problemResponse } from '../app/problemResponse';
import { requireAdmin } from '../health/adminJobsRoutes';
import { deleteInstallation, loadInstallation, tokenContext } from './installations';
import { revokeToken } from './linearOAuthApi';

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
