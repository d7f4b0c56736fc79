// Node-side solvers for core's release planner: HiGHS (WASM) in a worker thread.
export type { HighsSolver, HighsSolverOptions } from './createHighsSolver';
export { createHighsSolver } from './createHighsSolver';
