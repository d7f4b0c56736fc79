import { MIGRATIONS, type Migration, migrationSql } from './migrations';
import type { Store } from './store';

/** Arbitrary constant naming the advisory lock that serialises migrations across instances. */
const PG_MIGRATION_LOCK = 7_302_115;

/**
 * Applies every migration newer than the database, each in its own transaction together with
 * its `schema_migrations` row, so a crash leaves the schema at a clean version. Safe to run on
 * every start and from several instances at once (PostgreSQL: advisory lock; SQLite: the
 * immediate write transaction, across processes; one connection per process). Returns the versions it applied.
 *
 * @example
 * await migrate(store); // => [1, 2, 3] on a new database, [] afterwards
 */
export async function migrate(
  store: Store,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  await store.transaction(async (tx) => {
    // Concurrent `CREATE TABLE IF NOT EXISTS` can still collide in PostgreSQL; take the lock first.
    if (tx.dialect === 'postgres') await tx.run('SELECT pg_advisory_xact_lock(?)', [PG_MIGRATION_LOCK]);
    await tx.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)',
    );
  });
  const applied: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    const done = await store.transaction(async (tx) => {
      if (tx.dialect === 'postgres') await tx.run('SELECT pg_advisory_xact_lock(?)', [PG_MIGRATION_LOCK]);
      const row = await tx.get('SELECT version FROM schema_migrations WHERE version = ?', [m.version]);
      if (row) return false;
      await tx.exec(migrationSql(m, tx.dialect));
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        m.version,
        m.name,
        Date.now(),
      ]);
      return true;
    });
    if (done) applied.push(m.version);
  }
  return applied;
}

/** Highest applied schema version (0 for an empty database). */
export async function schemaVersion(store: Store): Promise<number> {
  const row = await store.get<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
  return Number(row?.v ?? 0);
}
