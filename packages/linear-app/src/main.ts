// `pnpm start`: validates the environment, opens the store (SQLite in DATA_DIR, or PostgreSQL),
// runs migrations, serves HTTP and, unless TRAILMAP_WORKER=off, the job worker in-process.
import { formatConfigProblems, loadConfig } from './config/env';
import type { Worker } from './jobs/worker';

// Check the environment before loading anything else, so an operator's mistake is reported in
// one clean list even if some other module fails to load.
const checked = loadConfig(process.env);
if (!checked.ok) {
  process.stderr.write(`${formatConfigProblems(checked.problems)}\n`);
  process.exit(1);
}
const [
  { serve },
  { createDemoWorkspace },
  { createJobHandlers },
  { startWorker },
  { bootRuntime },
  { createApp },
] = await Promise.all([
  import('@hono/node-server'),
  import('./demo/demoWorkspace'),
  import('./jobs/handlers/index'),
  import('./jobs/worker'),
  import('./jobs/workerRuntime'),
  import('./server'),
]);

const rt = await bootRuntime(process.env);
const { config } = rt;
let worker: Worker | undefined;
const app = createApp({
  ...rt,
  demo: config.mode === 'demo' ? createDemoWorkspace() : undefined,
  now: Date.now,
  notifyWorker: () => worker?.notify(),
});
if (config.inProcessWorker) {
  worker = startWorker(
    { store: rt.store, linearAuth: rt.linearAuth, now: Date.now },
    createJobHandlers({ pageSigner: rt.pageSigner, publicUrl: config.publicUrl }),
  );
}
const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
  const local = `http://localhost:${info.port}`;
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
});

let closing = false;
const shutdown = async () => {
  if (closing) return;
  closing = true;
  // Stop taking requests, let jobs in flight finish (their leases would otherwise have to expire).
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await worker?.stop();
  await rt.store.close();
  process.exit(0);
};
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
