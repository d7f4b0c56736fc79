import type { Hono } from 'hono';
import { queueDepth } from '../jobs/queue';
import type { AppDeps } from '../server';
import { schemaVersion } from '../storage/migrate';

/**
 * Mounts `GET /healthz`: 200 with storage and queue figures when the database answers, 503
 * otherwise. Contains no workspace data, so it needs no authentication.
 *
 * @example
 * // GET /healthz → { "status": "ok", "mode": "oauth", "storage": { "dialect": "postgres", "ok": true, … }, "queue": { "ready": 0, … } }
 */
export function registerHealthRoute(app: Hono, deps: AppDeps): void {
  app.get('/healthz', async (c) => {
    c.header('Cache-Control', 'no-store');
    try {
      const latencyMs = await deps.store.ping();
      const [depth, version] = await Promise.all([queueDepth(deps.store), schemaVersion(deps.store)]);
      return c.json({
        status: 'ok',
        mode: deps.config.mode,
        storage: {
          dialect: deps.store.dialect,
          ok: true,
          latencyMs: Math.round(latencyMs * 100) / 100,
          schemaVersion: version,
        },
        queue: { depth: depth.ready + depth.running, ...depth },
      });
    } catch (error) {
      return c.json(
        {
          status: 'unavailable',
          mode: deps.config.mode,
          storage: {
            dialect: deps.store.dialect,
            ok: false,
            error: error instanceof Error ? error.message : String(error),
          },
        },
        503,
      );
    }
  });
}
