import { migrate } from '../../src/storage/migrate';
import { openSqliteStore } from '../../src/storage/sqliteStore';
import type { Store } from '../../src/storage/store';

/** A fresh, migrated, in-memory SQLite store (the real store the app uses by default). */
export async function memoryStore(): Promise<Store> {
  const store = openSqliteStore(':memory:');
  await migrate(store);
  return store;
}
