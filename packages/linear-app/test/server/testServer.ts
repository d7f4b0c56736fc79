import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import type { AppDeps } from '../../src/app/appDeps';
import { type AppConfig, loadConfig } from '../../src/config/env';
import { createLinearAuthProvider } from '../../src/oauth/linearAuth';
import { deriveKeys } from '../../src/security/keys';
import { createPageSigner } from '../../src/security/pageSigner';
import { createTokenCipher } from '../../src/security/tokenCipher';
import { createApp } from '../../src/server';
import type { Store } from '../../src/storage/store';

/** Fixed test secrets (never used outside tests). */
export const TEST_WEBHOOK_SECRET = 'lin_wh_test_secret_0123456789';
export const TEST_MASTER_KEY = '11'.repeat(32);
export const TEST_ADMIN_TOKEN = 'admin-token-for-tests-0123456789';

/** Builds a config as `main.ts` would from this environment, failing loudly if it is invalid. */
export function testConfig(env: Record<string, string>): AppConfig {
  const r = loadConfig({ TRAILMAP_SECRET_KEY: TEST_MASTER_KEY, ...env });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.config;
}

/** A real HTTP server on an ephemeral loopback port around `createApp`. */
export interface RunningServer {
  url: string;
  deps: AppDeps;
  app: Hono;
  close(): Promise<void>;
}

/**
 * Starts the app on 127.0.0.1:0 with the given store and env.
 *
 * @example
 * const server = await startTestServer(store, { LINEAR_API_KEY: 'k', LINEAR_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET });
 */
export async function startTestServer(
  store: Store,
  env: Record<string, string>,
  overrides: Partial<AppDeps> & { extend?: (app: Hono, deps: AppDeps) => void } = {},
): Promise<RunningServer> {
  const config = testConfig(env);
  const keys = deriveKeys(Buffer.from(TEST_MASTER_KEY, 'hex'));
  const cipher = createTokenCipher({ [keys.encryptionKeyId]: keys.encryption }, keys.encryptionKeyId);
  const now = overrides.now ?? Date.now;
  const deps: AppDeps = {
    config,
    store,
    cipher,
    pageSigner: createPageSigner(keys.signing),
    linearAuth: createLinearAuthProvider({ config, store, cipher, now }),
    demo: undefined,
    now,
    notifyWorker: () => {},
    log: () => {},
    ...overrides,
  };
  const app = createApp(deps);
  overrides.extend?.(app, deps);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    deps,
    app,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
