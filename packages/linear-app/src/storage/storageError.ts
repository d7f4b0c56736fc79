/**
 * One line for a database failure (a full disk, a read-only file, a paused or unreachable
 * PostgreSQL), e.g. `SQLITE_FULL: database or disk is full`, or undefined when `error` is not a
 * database error. Such failures are outages, not bugs: they are reported in one line, never
 * with a stack trace.
 *
 * @example
 * storageErrorLine(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }));
 * // => 'SQLITE_FULL: database or disk is full'
 */
export function storageErrorLine(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  const sqlite = typeof code === 'string' && code.startsWith('SQLITE_');
  // pg's server errors carry a severity and a five-character SQLSTATE; its client-side
  // failures (pool exhausted, connection lost, read timeout) have fixed messages.
  const pgServer = typeof (error as { severity?: unknown }).severity === 'string';
  const pgClient =
    /^(timeout exceeded when trying to connect|Query read timeout|Connection terminated|Client has encountered a connection error)/.test(
      error.message,
    );
  if (!sqlite && !pgServer && !pgClient) return undefined;
  const first = (error.message.split('\n')[0] ?? '').trim();
  return typeof code === 'string' ? `${code}: ${first}` : first;
}
