// `pnpm start`: validates the environment, opens the store (SQLite in DATA_DIR, or PostgreSQL),
// runs migrations, serves HTTP and, unless TRAILMAP_WORKER=off, the job worker in-process.
// `pnpm start` runs this file as the node process itself (no tsx wrapper), so SIGTERM reaches it.
// `node --import tsx src/main.ts [handlers-module]` runs that module's `jobHandlers` in the
// in-process worker instead of the feature handlers, as workerMain.ts does (the fault tests).
import type { Server } from 'node:http';
import { bootConfig } from './boot/bootConfig';
import { startupLine } from './boot/startupError';
import type { Worker } from './jobs/worker';

// Check the environment before loading anything else, so an operator's mistake is reported in
// one clean list even if some other module fails to load. Nothing reads the environment later.
const config = bootConfig();
const [
  { createAdaptorServer },
  { listen },
  { createDemoWorkspace },
  { scheduleBootSync },
  { startRuntimeWorker },
  { bootRuntime },
  { createApp },
] = await Promise.all([
  import('@hono/node-server'),
  import('./boot/listen'),
  import('./demo/demoWorkspace'),
  import('./jobs/handlers/syncHandler'),
  import('./jobs/startRuntimeWorker'),
  import('./jobs/workerRuntime'),
  import('./server'),
]);

const rt = await bootRuntime(config);
let worker: Worker | undefined;
const app = createApp({
  ...rt,
  demo: config.mode === 'demo' ? createDemoWorkspace() : undefined,
  now: Date.now,
  notifyWorker: () => worker?.notify(),
});
const server = createAdaptorServer({ fetch: app.fetch }) as Server;
let port: number;
try {
  port = await listen(server, config.port);
} catch (error) {
  // Nothing else has started yet: no job was claimed by a process that cannot serve.
  process.stderr.write(`${startupLine(error, `listening on port ${config.port}`)}\n`);
  await rt.store.close();
  process.exit(1);
}
// Aborted at shutdown so Linear calls in flight (a hung Linear, a backoff) end at once.
const stopping = new AbortController();
if (config.inProcessWorker) {
  worker = await startRuntimeWorker(rt, process.argv[2], stopping.signal);
}
if (config.mode === 'api-key') {
  // The mirror fills at boot, not at the first webhook: roadmaps and labelling need it.
  await scheduleBootSync(rt.store, Date.now());
  worker?.notify();
}

const local = `http://localhost:${port}`;
const lines = [
  `Trailmap for Linear listening on ${local}`,
  `  mode: ${config.mode}${config.mode === 'demo' ? ' (sample data; set LINEAR_* variables to connect a workspace)' : ''}`,
  `  storage: ${rt.store.description}`,
  `  secret key: ${rt.keySource === 'generated' ? `generated in ${config.dataDir} (keep it with the database)` : rt.keySource}`,
  `  worker: ${worker ? 'in-process' : 'off (run src/jobs/workerMain.ts)'}`,
];
if (config.mode === 'oauth')
  lines.push(
    `  install: ${config.publicUrl}/oauth/install`,
    `  webhook URL: ${config.publicUrl}/webhooks/linear`,
  );
if (config.mode === 'demo') lines.push(`  open ${local}/ to see the demo roadmap`);
process.stdout.write(`${lines.join('\n')}\n`);

let closing = false;
const shutdown = async () => {
  if (closing) return;
  closing = true;
  // Past the deadline, exit anyway: jobs still running keep their lease and another worker (or
  // the next start) takes them over once it expires; nothing acknowledged is lost.
  const deadline = setTimeout(() => {
    process.stderr.write(`shutdown: still busy after ${config.shutdownTimeoutMs} ms; exiting\n`);
    process.exit(0);
  }, config.shutdownTimeoutMs);
  deadline.unref();
  stopping.abort();
  // Stop taking requests, close idle keep-alive connections, let jobs in flight finish.
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  await Promise.all([closed, worker?.stop()]);
  await rt.store.close();
  process.exit(0);
};
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
// Under `pnpm start`, pnpm passes SIGTERM to its `sh -c` only, which dies without passing it on:
// when the process that started us goes away, stop as if we had been sent SIGTERM ourselves.
if (config.underPackageManager) {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void shutdown();
  }, 500).unref();
}
