import type { Context } from 'hono';
import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppConfig } from './config/env';
import { renderDemoPage, renderDemoUnavailable } from './demo/demoPage';
import type { DemoWorkspace } from './demo/demoWorkspace';
import { registerAdminJobsRoutes } from './health/adminJobsRoutes';
import { registerHealthRoute } from './health/healthRoute';
import { registerAdminRoutes } from './oauth/adminRoutes';
import type { LinearAuthProvider } from './oauth/linearAuth';
import { registerOAuthRoutes } from './oauth/oauthRoutes';
import { registerRoutes } from './routes/index';
import { securityHeaders } from './security/headers';
import type { PageSigner } from './security/pageSigner';
import type { TokenCipher } from './security/tokenCipher';
import type { Store } from './storage/store';
import { registerWebhookRoute } from './webhooks/webhookRoute';

/** Everything the HTTP app needs; built by `main.ts`, or by tests with their own parts. */
export interface AppDeps {
  config: AppConfig;
  store: Store;
  /** Seals tokens at rest. */
  cipher: TokenCipher;
  /** Signs and checks page links. */
  pageSigner: PageSigner;
  /** Linear credentials per workspace. */
  linearAuth: LinearAuthProvider;
  /** The sample workspace, in demo mode only. */
  demo: DemoWorkspace | undefined;
  /** Clock, epoch ms. */
  now: () => number;
  /** Wakes the in-process worker after a job was enqueued (no-op when it runs elsewhere). */
  notifyWorker: () => void;
  /** Outbound fetch for Linear's OAuth endpoints; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Error log; defaults to stderr. */
  log?: (line: string) => void;
}

/**
 * Builds the Hono app: security headers, health, webhooks, OAuth, admin, the feature routes
 * from `routes/index.ts`, the demo fallback and the single error mapper.
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

  app.get('/', (c) => {
    if (deps.config.mode !== 'demo') {
      return c.html(
        '<!doctype html><meta charset="utf-8"><title>Trailmap</title><h1>Trailmap for Linear</h1><p><a href="/oauth/install">Install in a Linear workspace</a></p>',
      );
    }
    const featureRoadmap = app.routes.some((r) => r.method === 'GET' && r.path === '/roadmap/demo');
    return c.redirect(featureRoadmap ? '/roadmap/demo' : '/demo', 302);
  });
  app.get('/demo', async (c) => {
    if (!deps.demo)
      return problemResponse(c, 404, 'not_found', 'the demo workspace is only served in demo mode');
    try {
      const { backlog, source } = await deps.demo.load();
      return c.html(renderDemoPage(backlog, source));
    } catch (error) {
      return c.html(renderDemoUnavailable(error instanceof Error ? error.message : String(error)), 503);
    }
  });

  app.notFound((c) => problemResponse(c, 404, 'not_found', `no route for ${c.req.method} ${c.req.path}`));
  app.onError((error, c) => {
    // Exceptions are bugs or outages (expected failures are returned as data): log the detail,
    // answer without it.
    log(`${c.req.method} ${c.req.path} failed: ${error.stack ?? error.message}`);
    return problemResponse(c, 500, 'internal_error', 'internal error; see the server log');
  });
  return app;
}

/**
 * The one error shape of the HTTP API: `{ error: { code, message } }` with the given status.
 *
 * @example
 * return problemResponse(c, 400, 'state_mismatch', 'start again from /oauth/install');
 */
export function problemResponse(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
): Response {
  return c.json({ error: { code, message } }, status);
}
