import pg from 'pg';
import type { SqlExecutor, SqlValue, Store } from './store.ts';

const INT8_OID = 20;

/** Rewrites `?` placeholders to PostgreSQL's `$1, $2, …`. */
export function toPgPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

function executor(client: pg.Pool | pg.PoolClient): SqlExecutor {
  const cache = new Map<string, string>();
  const text = (sql: string) => {
    let t = cache.get(sql);
    if (t === undefined) {
      t = toPgPlaceholders(sql);
      cache.set(sql, t);
    }
    return t;
  };
  return {
    dialect: 'postgres',
    async all<T extends object>(sql: string, params: readonly SqlValue[] = []) {
      return (await client.query(text(sql), params as SqlValue[])).rows as T[];
    },
    async get<T extends object>(sql: string, params: readonly SqlValue[] = []) {
      return (await client.query(text(sql), params as SqlValue[])).rows[0] as T | undefined;
    },
    async run(sql: string, params: readonly SqlValue[] = []) {
      return { changes: (await client.query(text(sql), params as SqlValue[])).rowCount ?? 0 };
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  };
}

/**
 * Connects a pool to PostgreSQL. BIGINT (epoch-millisecond) columns are parsed to numbers, which
 * is exact up to 2^53.
 *
 * @example
 * const store = openPostgresStore('postgres://trailmap@db/trailmap');
 */
export function openPostgresStore(connectionString: string, options: { max?: number } = {}): Store {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')) as never,
    },
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const url = new URL(connectionString);
  const pooled = executor(pool);
  return {
    ...pooled,
    description: `postgres://${url.hostname}:${url.port || 5432}${url.pathname}`,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        try {
          const result = await fn(executor(client));
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
      } finally {
        client.release();
      }
    },
    async ping() {
      const start = performance.now();
      await pool.query('SELECT 1');
      return performance.now() - start;
    },
    async close() {
      await pool.end();
    },
  };
}
