import { type AppConfig, formatConfigProblems, loadConfig } from '../config/env';
import { decodeKey, loadOrCreateMasterKey } from '../config/secretKey';
import { createLinearAuthProvider, type LinearAuthProvider } from '../oauth/linearAuth';
import { deriveKeys, rotatingCipher } from '../security/keys';
import { createPageSigner, type PageSigner } from '../security/pageSigner';
import type { TokenCipher } from '../security/tokenCipher';
import { openStore } from '../storage/openStore';
import type { Store } from '../storage/store';

/** The process-wide parts shared by the HTTP server and a standalone worker. */
export interface Runtime {
  config: AppConfig;
  store: Store;
  cipher: TokenCipher;
  pageSigner: PageSigner;
  linearAuth: LinearAuthProvider;
  keySource: 'environment' | 'generated' | 'file';
}

/**
 * Validates the environment and opens the store, or prints one line per config problem and
 * exits with status 1 (no stack trace: it is an operator error, not a bug).
 *
 * @example
 * const rt = await bootRuntime(process.env);
 */
export async function bootRuntime(env: Record<string, string | undefined>): Promise<Runtime> {
  const loaded = loadConfig(env);
  if (!loaded.ok) {
    process.stderr.write(`${formatConfigProblems(loaded.problems)}\n`);
    process.exit(1);
  }
  const config = loaded.config;
  const master = loadOrCreateMasterKey(config.dataDir, config.secretKey);
  const keys = deriveKeys(master.key);
  const cipher = rotatingCipher(
    keys,
    config.previousSecretKeys.map((k) => deriveKeys(decodeKey(k))),
  );
  const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  const linearAuth = createLinearAuthProvider({ config, store, cipher, now: Date.now });
  return {
    config,
    store,
    cipher,
    pageSigner: createPageSigner(keys.signing),
    linearAuth,
    keySource: master.source,
  };
}
