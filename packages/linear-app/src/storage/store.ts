/** SQL dialects the store speaks. */
export type Dialect = 'sqlite' | 'postgres';

/** Values that bind identically in SQLite and PostgreSQL. Booleans are stored as 0/1. */
export type SqlValue = string | number | null;

/**
 * Runs SQL against one connection (or one open transaction). SQL uses `?` placeholders in both
 * dialects; the PostgreSQL store rewrites them to `$1, $2, …`. Never put a literal `?` in SQL
 * text: pass it as a parameter.
 */
export interface SqlExecutor {
  readonly dialect: Dialect;
  /** All rows of a query. BIGINT columns come back as JS numbers in both dialects. */
  all<T extends object>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** First row or undefined. */
  get<T extends object>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** A write; `changes` counts affected rows (use it to detect lost races and duplicates). */
  run(sql: string, params?: readonly SqlValue[]): Promise<{ changes: number }>;
  /** Several `;`-separated statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/**
 * The app's database: SQLite (embedded, WAL) or PostgreSQL. Everything the server keeps lives
 * here, so several server instances can share one PostgreSQL.
 *
 * @example
 * const n = await store.get<{ n: number }>('SELECT count(*) AS n FROM jobs WHERE status = ?', ['ready']);
 * await store.transaction(async (tx) => {
 *   await tx.run('INSERT INTO job_effects (effect_key, job_id, created_at) VALUES (?, ?, ?)', [key, id, now]);
 * });
 */
export interface Store extends SqlExecutor {
  /**
   * Runs `fn` in one transaction: commit when it resolves, roll back when it throws. Use only
   * the `tx` argument inside; calling the store itself from `fn` would wait for this very
   * transaction (SQLite) or run outside it (PostgreSQL).
   */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Round-trip time of a trivial query, in ms; throws when the database is unreachable. */
  ping(): Promise<number>;
  /** Releases connections. */
  close(): Promise<void>;
  /** Human-readable location for logs (file path or host/db, never a password). */
  readonly description: string;
}
