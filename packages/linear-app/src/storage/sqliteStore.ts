import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { SqlExecutor, SqlValue, Store } from './store';

/**
 * Opens (creating if needed) a SQLite database in WAL mode. better-sqlite3 is synchronous and
 * one connection serves the process, so transactions that await (network calls, handlers) are
 * serialised behind an async lock; statements outside a transaction run at once when no
 * transaction is open.
 *
 * @example
 * const store = openSqliteStore('./data/trailmap.sqlite');
 */
export function openSqliteStore(file: string): Store {
  if (file !== ':memory:') {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    // Create the file owner-only before SQLite opens it: SQLite gives the -wal and -shm files the
    // database file's mode, so all three stay private (they hold webhook payloads and tokens).
    closeSync(openSync(file, 'a', 0o600));
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  // Other processes (a standalone worker) share the file; wait for their write lock.
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');

  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let stmt = statements.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      statements.set(sql, stmt);
    }
    return stmt;
  };

  const direct: SqlExecutor = {
    dialect: 'sqlite',
    async all<T extends object>(sql: string, params: readonly SqlValue[] = []) {
      return prepare(sql).all(...params) as T[];
    },
    async get<T extends object>(sql: string, params: readonly SqlValue[] = []) {
      const stmt = prepare(sql);
      // A statement that returns no rows (plain INSERT/UPDATE) still runs; it just yields nothing.
      if (!stmt.reader) {
        stmt.run(...params);
        return undefined;
      }
      return stmt.get(...params) as T | undefined;
    },
    async run(sql: string, params: readonly SqlValue[] = []) {
      const stmt = prepare(sql);
      if (stmt.reader) {
        // `INSERT … RETURNING` is a reader in better-sqlite3; count returned rows as changes.
        return { changes: stmt.all(...params).length };
      }
      return { changes: stmt.run(...params).changes };
    },
    async exec(sql: string) {
      db.exec(sql);
    },
  };

  let locked = false;
  const waiters: Array<() => void> = [];
  const acquire = async () => {
    if (!locked) {
      locked = true;
      return;
    }
    await new Promise<void>((resolve) => waiters.push(resolve));
  };
  const release = () => {
    const next = waiters.shift();
    if (next) next();
    else locked = false;
  };
  const guarded =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (!locked) return fn(...args);
      await acquire();
      try {
        return await fn(...args);
      } finally {
        release();
      }
    };

  return {
    dialect: 'sqlite',
    description: `sqlite:${file}`,
    all: guarded(direct.all) as Store['all'],
    get: guarded(direct.get) as Store['get'],
    run: guarded(direct.run),
    exec: guarded(direct.exec),
    async transaction(fn) {
      await acquire();
      try {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await fn(direct);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      } finally {
        release();
      }
    },
    async ping() {
      const start = performance.now();
      prepare('SELECT 1 AS ok').get();
      return performance.now() - start;
    },
    async close() {
      db.close();
    },
  };
}
