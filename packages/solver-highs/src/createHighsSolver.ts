import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { MipProblem, MipSolution, MipSolveOptions, MipSolver } from '@trailmap/core';

/** Options of the HiGHS worker solver. */
export interface HighsSolverOptions {
  /**
   * Seconds before the time limit at which HiGHS is asked to stop (at most half the limit), so it
   * ends by itself with its bound; at the limit the worker is terminated and the last incumbent it
   * reported is kept. HiGHS does not check its clock everywhere (presolve of a 50k-issue model
   * ran 11 s past a 5 s limit), so the limit is kept by terminating, never by waiting. Default 0.5.
   */
  graceSeconds?: number;
  /**
   * Start the worker (and compile HiGHS) at once, so it is ready while the caller runs the
   * heuristic on its own thread. Default true; the idle worker never keeps the process alive.
   */
  eager?: boolean;
}

/** A `MipSolver` backed by a HiGHS worker thread; `close()` ends the worker. */
export interface HighsSolver extends MipSolver {
  close(): Promise<void>;
}

// Found through this package's own exports rather than beside this file, so the CLI's bundle
// (one file in packages/cli/dist, see packages/cli/bin/bundle.mjs) starts the same worker file.
const workerFile = createRequire(import.meta.url).resolve('@trailmap/solver-highs/worker');

/**
 * Creates a MIP solver that runs HiGHS (WASM) in a worker thread, so solving never blocks the
 * event loop. One worker is started lazily and reused; solves are queued one at a time. A solve
 * answers within its time limit: HiGHS is asked to stop `graceSeconds` before it, and when it has
 * not by the limit, or the `signal` aborts, the worker is terminated and the best incumbent it
 * reported is returned.
 *
 * @example
 * const solver = createHighsSolver();
 * const plan = await planExact(valid, solver, { timeLimitSeconds: 5 });
 * await solver.close();
 */
export function createHighsSolver(options: HighsSolverOptions = {}): HighsSolver {
  const grace = options.graceSeconds ?? 0.5;
  let worker: Worker | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const getWorker = (): Worker => {
    if (!worker) {
      const created = new Worker(workerFile);
      // An idle worker must not keep a CLI process alive.
      created.unref();
      created.on('exit', () => {
        // A terminated worker may exit after its replacement was started; keep the replacement.
        if (worker === created) worker = undefined;
      });
      worker = created;
    }
    return worker;
  };

  const run = (problem: MipProblem, solveOptions: MipSolveOptions): Promise<MipSolution> =>
    new Promise<MipSolution>((resolve) => {
      const started = performance.now();
      const seconds = (): number => (performance.now() - started) / 1000;
      // The caller's thread idles while the worker solves, so process CPU time is the solver's.
      const cpuStart = process.cpuUsage();
      const cpu = (): number => {
        const used = process.cpuUsage(cpuStart);
        return (used.user + used.system) / 1e6;
      };
      const w = getWorker();
      w.ref();
      let incumbent: { values: Float64Array; objective: number; at: number; cpuAt: number } | undefined;
      let settled = false;
      let posted = 0;
      const finish = (solution: MipSolution): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        solveOptions.signal?.removeEventListener('abort', onAbort);
        w.off('message', onMessage);
        w.off('error', onError);
        w.unref();
        resolve(solution);
      };
      const stopWith = (status: MipSolution['status'], message: string): void => {
        if (worker === w) worker = undefined;
        void w.terminate();
        finish({
          status,
          values: incumbent?.values ?? null,
          objective: incumbent?.objective ?? null,
          bound: null,
          seconds: seconds(),
          secondsToBest: incumbent?.at ?? 0,
          cpuSeconds: cpu(),
          cpuSecondsToBest: incumbent?.cpuAt ?? 0,
          message,
        });
      };
      const onMessage = (message: WorkerMessage): void => {
        if (message.type === 'incumbent') {
          // Date it by the worker's clock: the caller's thread may be busy (a concurrent search)
          // and read the message late. CPU time can only be read here, so it is an upper bound.
          const at = Math.min(seconds(), posted + message.secondsToBest);
          incumbent = { values: message.values, objective: message.objective, at, cpuAt: cpu() };
          return;
        }
        finish({
          status: message.status,
          values: message.values,
          objective: message.objective,
          bound: message.bound,
          seconds: seconds(),
          secondsToBest: incumbent?.at ?? 0,
          cpuSeconds: cpu(),
          cpuSecondsToBest: incumbent?.cpuAt ?? 0,
          ...(message.message ? { message: message.message } : {}),
        });
      };
      const onError = (error: Error): void => {
        stopWith('error', `HiGHS worker failed: ${error.message}`);
      };
      const onAbort = (): void => stopWith('interrupted', 'aborted by the caller; best incumbent kept');
      const limitMs = Math.max(0, solveOptions.timeLimitSeconds * 1000);
      const timer = setTimeout(
        () =>
          stopWith(
            'time_limit',
            'HiGHS did not stop by its time limit; worker terminated, best incumbent kept',
          ),
        limitMs,
      );
      w.on('message', onMessage);
      w.on('error', onError);
      if (solveOptions.signal?.aborted) return onAbort();
      solveOptions.signal?.addEventListener('abort', onAbort, { once: true });
      posted = seconds();
      // Epoch milliseconds, the one clock both threads read alike.
      const stopAt =
        performance.timeOrigin + performance.now() + limitMs - Math.min(grace * 1000, limitMs / 2);
      w.postMessage({ problem, stopAt, start: solveOptions.start });
    });

  if (options.eager ?? true) getWorker();

  return {
    solve(problem, solveOptions) {
      const next = queue.then(() => run(problem, solveOptions));
      queue = next.catch(() => undefined);
      return next;
    },
    async close() {
      await queue;
      const w = worker;
      worker = undefined;
      await w?.terminate();
    },
  };
}

type WorkerMessage =
  | { type: 'incumbent'; objective: number; secondsToBest: number; values: Float64Array }
  | {
      type: 'done';
      status: MipSolution['status'];
      values: Float64Array | null;
      objective: number | null;
      bound: number | null;
      seconds: number;
      secondsToBest: number;
      message?: string;
    };
