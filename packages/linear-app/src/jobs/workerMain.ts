// Standalone job worker: `tsx src/jobs/workerMain.ts [handlers-module]`. Runs the same worker as
// the server's in-process one against the same database, for scale-out (set
// TRAILMAP_WORKER=off on the web instances) and for the crash-recovery test.
import { pathToFileURL } from 'node:url';
import { type JobHandlers, startWorker } from './worker';
import { bootRuntime } from './workerRuntime';

const rt = await bootRuntime(process.env);
const handlersModule = process.argv[2];
// The feature handlers load only when no other module is named, so a test's handlers do not
// depend on them.
const handlers: JobHandlers = handlersModule
  ? ((await import(pathToFileURL(handlersModule).href)) as { jobHandlers: JobHandlers }).jobHandlers
  : (await import('./handlers/index')).createJobHandlers({
      pageSigner: rt.pageSigner,
      publicUrl: rt.config.publicUrl,
    });
const leaseMs = Number(process.env.TRAILMAP_LEASE_MS ?? 60_000);
const worker = startWorker({ store: rt.store, linearAuth: rt.linearAuth, now: Date.now }, handlers, {
  leaseMs,
  pollMs: Number(process.env.TRAILMAP_POLL_MS ?? 500),
});
process.stdout.write(`trailmap worker ${process.pid} on ${rt.store.description}\n`);

const shutdown = async () => {
  await worker.stop();
  await rt.store.close();
  process.exit(0);
};
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
