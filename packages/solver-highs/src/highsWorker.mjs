// Worker thread that runs HiGHS (WASM) so a long MIP never blocks the caller's event loop.
// Plain JavaScript on purpose: a worker started from a .ts file would need the parent's loader
// (tsx, vitest) to be inherited, which differs between the CLI, tests and servers.
import { parentPort } from 'node:worker_threads';
import highsLoader from 'highs';

const highsPromise = highsLoader();

// Milliseconds since the epoch: comparable with the parent's clock (each thread has its own
// performance.now() origin).
const epochNow = () => performance.timeOrigin + performance.now();

parentPort.on('message', async (request) => {
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  try {
    const highs = await highsPromise;
    // `stopAt` (epoch ms) is when HiGHS must stop itself; the parent terminates this worker a
    // little later, so a phase that ignores time_limit (presolve of a 50k-issue model took 11 s
    // under a 5 s limit) cannot make the caller late.
    const { problem, stopAt, start } = request;
    const inf = highs.infinity;
    const model = highs.createModel({
      numCols: problem.numCols,
      numRows: problem.numRows,
      sense: highs.constants.objectiveSense.maximize,
      colCost: problem.colCost,
      colLower: problem.colLower,
      colUpper: problem.colUpper,
      rowLower: problem.rowLower.map((v) => (v === -Infinity ? -inf : v)),
      rowUpper: problem.rowUpper.map((v) => (v === Infinity ? inf : v)),
      matrix: {
        format: 'csr',
        numRows: problem.numRows,
        numCols: problem.numCols,
        starts: problem.starts,
        indices: problem.indices,
        values: problem.values,
      },
      integrality: Int32Array.from(problem.integer),
    });
    try {
      model.options.set({
        time_limit: Math.max(0.01, (stopAt - epochNow()) / 1000),
        output_flag: false,
        // The default relative gap (1e-4) would stop short of the optimum on large objectives.
        mip_rel_gap: 0,
        mip_abs_gap: 1e-6,
        // More primal heuristics than the default 0.05: planners want a good plan early more than a fast proof.
        mip_heuristic_effort: 0.3,
      });
      let bestObjective = null;
      let secondsToBest = 0;
      if (start) {
        model.setSolution({ colValue: start });
        bestObjective = problem.colCost.reduce((s, c, j) => s + c * start[j], 0);
      }
      let clockStopped = false;
      // HiGHS reads its time_limit only between phases; these checkpoints stop it on the clock
      // inside simplex and branch-and-bound too, keeping its incumbent and bound.
      const onClock = (event) => {
        if (epochNow() < stopAt) return;
        clockStopped = true;
        event.interrupt();
      };
      const result = model.run({
        1: onClock,
        6: onClock,
        4: (event) => {
          const objective = event.data.objective_function_value ?? event.data.mip_primal_bound;
          if (bestObjective !== null && objective <= bestObjective + 1e-9) return;
          bestObjective = objective;
          secondsToBest = elapsed();
          const values = event.data.mip_solution;
          // Report every improvement, so a parent that terminates this worker keeps the incumbent.
          if (values)
            parentPort.postMessage({
              type: 'incumbent',
              objective,
              secondsToBest,
              values,
            });
        },
      });
      const codes = highs.constants.modelStatus;
      const status =
        result.modelStatus === codes.optimal
          ? 'optimal'
          : result.modelStatus === codes.timeLimit
            ? 'time_limit'
            : result.modelStatus === codes.infeasible
              ? 'infeasible'
              : result.modelStatus === codes.interrupted
                ? clockStopped
                  ? 'time_limit'
                  : 'interrupted'
                : 'error';
      const primal = Number(model.info.get('primal_solution_status'));
      const values = primal === 2 ? model.getSolution().colValue : null;
      const bound = Number(model.info.get('mip_dual_bound'));
      parentPort.postMessage({
        type: 'done',
        status,
        values,
        objective: values ? model.getObjectiveValue() : null,
        bound: Number.isFinite(bound) ? bound : null,
        seconds: elapsed(),
        secondsToBest,
        message: `HiGHS ${highs.version.string}: model status ${result.modelStatus}`,
      });
    } finally {
      model.dispose();
    }
  } catch (error) {
    parentPort.postMessage({
      type: 'done',
      status: 'error',
      values: null,
      objective: null,
      bound: null,
      seconds: elapsed(),
      secondsToBest: 0,
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
