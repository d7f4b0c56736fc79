import type { Hono } from 'hono';
import type { AppDeps } from '../app/appDeps';
import { queueDepth } from '../jobs/queue';
import { schemaVersion } from '../storage/migrate';
import { createLinearProbe } from './linearProbe';
import { probeStoreWrite } from './storeProbe';

/** The health check answers within about this long whatever the database does. */
const STORE_TIMEOUT_MS = 2_000;
const DEFAULT_LINEAR_URL = 'https://api.linear.app/graphql';

/**
 * Mounts `GET /healthz`: 200 when the store takes a real write within 2 s, else 503 with the
 * reason. Linear's reachability is reported (`linear.reachable`) but never fails the instance:
 * webhooks are still accepted and queued while Linear is down. No workspace data, so no auth.
 *
 * @example
 * // GET /healthz → { "status": "ok", "storage": { "ok": true, … }, "linear": { "reachable": false, "error": "network error (dns): …" }, "queue": { … } }
 */
export function registerHealthRoute(app: Hono, deps: AppDeps): void {
  const linear =
    deps.config.mode === 'demo'
      ? undefined
      : createLinearProbe({
          url: deps.config.linearApiUrl ?? DEFAULT_LINEAR_URL,
          now: deps.now,
          ...(deps.fetch ? { fetch: deps.fetch } : {}),
        });
  app.get('/healthz', async (c) => {
    c.header('Cache-Control', 'no-store');
    const [storage, reach] = await Promise.all([
      probeStoreWrite(deps.store, deps.now(), STORE_TIMEOUT_MS),
      linear?.(),
    ]);
    const linearReport = reach
      ? { reachable: reach.reachable, ...(reach.error ? { error: reach.error } : {}) }
      : { reachable: null, note: 'demo mode: no Linear connection' };
    if (!storage.ok) {
      return c.json(
        {
          status: 'unavailable',
          reason: `storage: ${storage.reason}`,
          mode: deps.config.mode,
          storage: { dialect: deps.store.dialect, ok: false, error: storage.reason },
          linear: linearReport,
        },
        503,
      );
    }
    const [depth, version] = await Promise.all([queueDepth(deps.store), schemaVersion(deps.store)]);
    return c.json({
      status: 'ok',
      mode: deps.config.mode,
      storage: {
        dialect: deps.store.dialect,
        ok: true,
        latencyMs: Math.round(storage.latencyMs * 100) / 100,
        schemaVersion: version,
      },
      linear: linearReport,
      queue: { depth: depth.ready + depth.running, ...depth },
    });
  });
}
