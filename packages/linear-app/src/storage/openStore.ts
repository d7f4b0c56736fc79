import { join } from 'node:path';
import { migrate } from './migrate';
import { openPostgresStore } from './postgresStore';
import { openSqliteStore } from './sqliteStore';
import type { Store } from './store';

/** File name of the embedded database inside DATA_DIR. */
export const SQLITE_FILE = 'trailmap.sqlite';

/**
 * Opens PostgreSQL when `databaseUrl` is set, else SQLite in `dataDir`, and brings the schema up
 * to date.
 *
 * @example
 * const store = await openStore({ dataDir: './data', databaseUrl: config.databaseUrl });
 */
export async function openStore(options: {
  dataDir: string;
  databaseUrl?: string | undefined;
}): Promise<Store> {
  const store = options.databaseUrl
    ? openPostgresStore(options.databaseUrl)
    : openSqliteStore(join(options.dataDir, SQLITE_FILE));
  try {
    await migrate(store);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
