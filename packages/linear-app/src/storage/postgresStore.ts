import pg from 'pg';
import type { SqlExecutor, SqlValue, Store } from './store';

const INT8_OID = 20;

/** Rewrites `?` placeholders to PostgreSQL's `$1, $2, …`. */
export function toPgPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

// Statement names are global to the process so every pooled connection prepares each SQL text
// once and then reuses the server-side plan (extended protocol), instead of re-parsing per call.
// Capped: SQL built per call (e.g. multi-row VALUES lists) must not grow server sessions forever;
// texts beyond the cap run unnamed.
const MAX_PREPARED = 256;
const statementNames = new Map<string, { name?: string; text: string }>();
function prepared(sql: string): { name?: string; text: string } {
  const known = statementNames.get(sql);
  if (known) return known;
  const text = toPgPlaceholders(sql);
  if (statementNames.size >= MAX_PREPARED) return { text };
  const named = { name: `tm_${statementNames.size + 1}`, text };
  statementNames.set(sql, named);
  return named;
}

function executor(client: pg.Pool | pg.PoolClient): SqlExecutor {
  const query = (sql: string, params: readonly SqlValue[]) =>
    client.query({ ...prepared(sql), values: params as SqlValue[] });
  return {
    dialect: 'postgres',
    async all<T extends object>(sql: string, params: readonly SqlValue[] = []) {
      return (await query(sql, params)).rows as T[];
    },
    async get<T extends object>(sql: string, params: readonly SqlValue[] = []) {
      return (await query(sql, params)).rows[0] as T | undefined;
    },
    async run(sql: string, params: readonly SqlValue[] = []) {
      return { changes: (await query(sql, params)).rowCount ?? 0 };
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
export function openPostgresStore(
  connectionString: string,
  options: { max?: number; connectTimeoutMs?: number; statementTimeoutMs?: number } = {},
): Store {
  const statementTimeoutMs = options.statementTimeoutMs ?? 10_000;
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    // A hung or paused PostgreSQL must fail requests fast (webhooks have 5 s) instead of queueing
    // them forever: bounded connect, server-side statement timeout, and a client-side backstop.
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    statement_timeout: statementTimeoutMs,
    query_timeout: statementTimeoutMs + 2_000,
    idle_in_transaction_session_timeout: 30_000,
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
