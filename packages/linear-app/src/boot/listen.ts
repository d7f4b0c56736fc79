import type { Server } from 'node:http';
import { StartupError } from './startupError';

/** Limits that keep slow or numerous clients from holding the server's memory. */
export const SERVER_LIMITS = {
  /** All headers must arrive within this (slowloris). */
  headersTimeoutMs: 10_000,
  /** The whole request, body included, within this; Linear's own limit is 5 s. */
  requestTimeoutMs: 30_000,
  /** Idle keep-alive connections close after this. */
  keepAliveTimeoutMs: 5_000,
  /** Connections beyond this are refused at accept. */
  maxConnections: 1024,
} as const;

/**
 * Applies `SERVER_LIMITS` and listens on `port`, resolving with the bound port. A port in use
 * (or not allowed) rejects with a one-line `StartupError` naming PORT, before anything else
 * (the job worker) has started.
 *
 * @example
 * const port = await listen(createAdaptorServer({ fetch: app.fetch }) as Server, 8787);
 */
export function listen(server: Server, port: number): Promise<number> {
  server.headersTimeout = SERVER_LIMITS.headersTimeoutMs;
  server.requestTimeout = SERVER_LIMITS.requestTimeoutMs;
  server.keepAliveTimeout = SERVER_LIMITS.keepAliveTimeoutMs;
  server.maxConnections = SERVER_LIMITS.maxConnections;
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      const reason =
        error.code === 'EADDRINUSE'
          ? `port ${port} is already in use (is another Trailmap still running?): stop it or set PORT to a free port`
          : error.code === 'EACCES'
            ? `port ${port} needs privileges: set PORT to 1024 or above`
            : `cannot listen on port ${port} (${error.code ?? error.message})`;
      reject(new StartupError(`PORT: ${reason}`));
    };
    server.once('error', onError);
    server.listen(port, () => {
      server.off('error', onError);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
