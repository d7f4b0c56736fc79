import { join } from 'node:path';
import { preparePrivateDir, privateFiles } from '../boot/privateFiles';
import { StartupError, startupLine } from '../boot/startupError';
import type { AppConfig } from '../config/env';
import { decodeKey, loadOrCreateMasterKey, SECRET_KEY_FILE } from '../config/secretKey';
import { createLinearAuthProvider, type LinearAuthProvider } from '../oauth/linearAuth';
import { checkKeyFingerprint, keyFingerprint } from '../security/keyFingerprint';
import { deriveKeys, rotatingCipher } from '../security/keys';
import { createPageSigner, type PageSigner } from '../security/pageSigner';
import type { TokenCipher } from '../security/tokenCipher';
import { openStore, SQLITE_FILE } from '../storage/openStore';
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
 * Makes DATA_DIR private, loads the key, opens the store and checks the key against the
 * fingerprint the database was created with. Any operator mistake prints one line naming the
 * variable or file and exits with status 1 (no stack trace).
 *
 * @example
 * const rt = await bootRuntime(bootConfig());
 */
export async function bootRuntime(config: AppConfig): Promise<Runtime> {
  try {
    return await openRuntime(config);
  } catch (error) {
    exitWith(startupLine(error));
  }
}

/** `bootRuntime` without the exit: throws `StartupError` (tests call it directly). */
export async function openRuntime(config: AppConfig): Promise<Runtime> {
  // Owner-only from here on: every file the process creates (SQLite's WAL and SHM included).
  process.umask(0o077);
  preparePrivateDir(config.dataDir);
  const master = loadOrCreateMasterKey(config.dataDir, config.secretKey);
  const sqliteFile = join(config.dataDir, SQLITE_FILE);
  privateFiles([join(config.dataDir, SECRET_KEY_FILE), sqliteFile]);
  const keys = deriveKeys(master.key);
  const cipher = rotatingCipher(
    keys,
    config.previousSecretKeys.map((k) => deriveKeys(decodeKey(k))),
  );
  let store: Store;
  try {
    store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  } catch (error) {
    const where = config.databaseUrl ? 'DATABASE_URL' : `DATA_DIR database ${sqliteFile}`;
    const code = (error as NodeJS.ErrnoException).code;
    const detail = `${code ? `${code}: ` : ''}${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`;
    throw new StartupError(
      `${where}: cannot open the database (${detail}); check that it is reachable and writable`,
    );
  }
  if (!config.databaseUrl) privateFiles([sqliteFile, `${sqliteFile}-wal`, `${sqliteFile}-shm`]);
  const check = await checkKeyFingerprint(
    store,
    keyFingerprint(master.key),
    config.previousSecretKeys.map((k) => keyFingerprint(decodeKey(k))),
  );
  if (typeof check === 'object') {
    await store.close();
    const source =
      master.source === 'environment'
        ? 'TRAILMAP_SECRET_KEY'
        : `key file ${join(config.dataDir, SECRET_KEY_FILE)}`;
    throw new StartupError(
      `${source} is not the key this database was created with (fingerprint ${check.mismatch}): restore the original key, or to rotate, keep the old key in TRAILMAP_PREVIOUS_SECRET_KEYS`,
    );
  }
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

function exitWith(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}
