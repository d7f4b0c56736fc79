// Standalone job worker: `tsx src/jobs/workerMain.ts [handlers-module]`. Runs the same worker as
// the server's in-process one against the same database, for scale-out (set
// TRAILMAP_WORKER=off on the web instances) and for the crash-recovery test.
import { bootConfig } from '../boot/bootConfig';
import { startRuntimeWorker } from './startRuntimeWorker';
import { bootRuntime } from './workerRuntime';

const rt = await bootRuntime(bootConfig());
const worker = await startRuntimeWorker(rt, process.argv[2]);
process.stdout.write(`trailmap worker ${process.pid} on ${rt.store.description}\n`);

const shutdown = async () => {
  await worker.stop();
  await rt.store.close();
  process.exit(0);
};
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
