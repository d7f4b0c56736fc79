import { loadJobHandlers } from './loadJobHandlers';
import { startWorker, type Worker } from './worker';
import type { Runtime } from './workerRuntime';

/**
 * Starts the job worker of a booted runtime, configured from its environment. The server's
 * in-process worker and the standalone one (workerMain.ts) both start here, so the two cannot
 * drift apart in handlers, lease or retry horizon.
 *
 * @example
 * const worker = await startRuntimeWorker(rt, process.argv[2], stopping.signal);
 */
export async function startRuntimeWorker(
  rt: Runtime,
  /** A module whose `jobHandlers` replace the feature handlers (the fault tests), or none. */
  handlersModule: string | undefined,
  /** Aborts the handlers' Linear calls in flight at shutdown. */
  signal?: AbortSignal,
): Promise<Worker> {
  const { config } = rt;
  const handlers = await loadJobHandlers(handlersModule, {
    settings: config.features,
    pageSigner: rt.pageSigner,
    publicUrl: config.publicUrl,
    linearApiUrl: config.linearApiUrl,
    jira: config.jira,
    ...(signal ? { signal } : {}),
  });
  return startWorker({ store: rt.store, linearAuth: rt.linearAuth, now: Date.now }, handlers, {
    leaseMs: config.workerLeaseMs,
    pollMs: config.workerPollMs,
    retryHorizonMs: config.retryHorizonMs,
  });
}
