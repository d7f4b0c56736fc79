import { pathToFileURL } from 'node:url';
import type { JobHandlerDeps } from './handlers/index';
import type { JobHandlers } from './worker';

/**
 * The job handlers a process runs: the feature handlers, or, when a module path is given on the
 * command line, that module's `jobHandlers` export (the fault and crash tests count each job's
 * committed effect with their own handlers). The feature handlers load only when no module is
 * named, so a test's handlers do not depend on them.
 *
 * @example
 * const handlers = await loadJobHandlers(process.argv[2], { pageSigner, publicUrl });
 */
export async function loadJobHandlers(
  modulePath: string | undefined,
  deps: JobHandlerDeps,
): Promise<JobHandlers> {
  if (modulePath)
    return ((await import(pathToFileURL(modulePath).href)) as { jobHandlers: JobHandlers }).jobHandlers;
  return (await import('./handlers/index')).createJobHandlers(deps);
}
