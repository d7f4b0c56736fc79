import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrate } from '../../src/storage/migrate';
import { openPostgresStore } from '../../src/storage/postgresStore';
import { openSqliteStore } from '../../src/storage/sqliteStore';
import type { Store } from '../../src/storage/store';

/** A fresh, empty database on one backend. */
export interface TestDatabase {
  /** Opens another connection (pool) to the same database, e.g. for a second worker. */
  open(): Store;
  /** Environment that points a child process at this database. */
  env: Record<string, string>;
  /** Drops the database / removes the files. */
  dispose(): Promise<void>;
}

/** A storage backend the suites run against. */
export interface Backend {
  name: 'sqlite' | 'postgres';
  /** Why the backend is skipped, or undefined when it runs. */
  skipReason: string | undefined;
  create(): Promise<TestDatabase>;
}

const pgUrl = process.env.TEST_DATABASE_URL;
if (!pgUrl) {
  console.warn('TEST_DATABASE_URL is not set: PostgreSQL suites are skipped (CI sets it; see .ci/run).');
}

/** The two backends: SQLite always, PostgreSQL when TEST_DATABASE_URL is set (CI sets it). */
export const BACKENDS: readonly Backend[] = [
  {
    name: 'sqlite',
    skipReason: undefined,
    async create() {
      const dir = mkdtempSync(join(tmpdir(), 'trailmap-sqlite-'));
      const file = join(dir, 'trailmap.sqlite');
      return {
        open: () => openSqliteStore(file),
        env: { DATA_DIR: dir },
        async dispose() {
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: 'postgres',
    skipReason: pgUrl ? undefined : 'TEST_DATABASE_URL is not set; PostgreSQL suite skipped (CI sets it)',
    async create() {
      if (!pgUrl) throw new Error('TEST_DATABASE_URL is not set');
      const name = `trailmap_test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: pgUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = new URL(pgUrl);
      url.pathname = `/${name}`;
      const dataDir = mkdtempSync(join(tmpdir(), 'trailmap-pgdata-'));
      return {
        open: () => openPostgresStore(url.toString()),
        env: { DATABASE_URL: url.toString(), DATA_DIR: dataDir },
        async dispose() {
          const c = new pg.Client({ connectionString: pgUrl });
          await c.connect();
          await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await c.end();
          rmSync(dataDir, { recursive: true, force: true });
        },
      };
    },
  },
];

/** Suite title that says why a backend was skipped. */
export const backendTitle = (b: Backend) => (b.skipReason ? `${b.name} (skipped: ${b.skipReason})` : b.name);

/** Creates a fresh database, migrated, with one open store. */
export async function migratedDatabase(backend: Backend): Promise<{ db: TestDatabase; store: Store }> {
  const db = await backend.create();
  const store = db.open();
  await migrate(store);
  return { db, store };
}
