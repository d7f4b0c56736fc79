/**
 * An operator's mistake found at start (a bad variable, an unreadable file, a port in use): the
 * process prints `message` as one line and exits 1. Never a stack trace: it is not a bug.
 */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}

/**
 * The one line to print for a failure during start: a `StartupError`'s own message, else the
 * first line of the error with what was being done.
 *
 * @example
 * startupLine(new StartupError('PORT 8787 is in use')); // => 'PORT 8787 is in use'
 */
export function startupLine(error: unknown, doing = 'starting'): string {
  if (error instanceof StartupError) return error.message;
  const text = error instanceof Error ? error.message : String(error);
  return `failed while ${doing}: ${(text.split('\n')[0] ?? '').trim()}`;
}
