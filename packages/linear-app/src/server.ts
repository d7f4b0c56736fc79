import { Hono } from 'hono';
import type { AppDeps } from './app/appDeps';
import { registerHomeRoutes } from './app/homeRoutes';
import { problemResponse } from './app/problemResponse';
import { registerAdminJobsRoutes } from './health/adminJobsRoutes';
import { registerHealthRoute } from './health/healthRoute';
import { registerAdminRoutes } from './oauth/adminRoutes';
import { registerOAuthRoutes } from './oauth/oauthRoutes';
import { registerRoutes } from './routes/index';
import { securityHeaders } from './security/headers';
import { registerWebhookRoute } from './webhooks/webhookRoute';

/**
 * Assembles the Hono app and nothing else: security headers, health, webhooks, OAuth, admin, the
 * feature routes, the home page, and the single error mapper. Every part gets its dependencies
 * from `deps`; none imports this file.
 *
 * @example
 * serve({ fetch: createApp(deps).fetch, port: deps.config.port });
 */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  const log = deps.log ?? ((line: string) => console.error(line));
  app.use('*', securityHeaders({ https: deps.config.publicUrl.startsWith('https:') }));
  registerHealthRoute(app, deps);
  registerWebhookRoute(app, deps);
  registerOAuthRoutes(app, deps);
  registerAdminRoutes(app, deps);
  registerAdminJobsRoutes(app, deps);
  registerRoutes(app, deps);
  registerHomeRoutes(app, deps);
  app.notFound((c) => problemResponse(c, 404, 'not_found', `no route for ${c.req.method} ${c.req.path}`));
  app.onError((error, c) => {
    // Exceptions are bugs or outages (expected failures are returned as data): log one line,
    // answer without the detail (a person gets a page, an API client JSON).
    log(`${c.req.method} ${c.req.path} failed: ${error.name}: ${error.message.split('\n')[0]}`);
    return problemResponse(c, 500, 'internal_error', 'internal error; see the server log');
  });
  return app;
}
