// Node-side solvers for core's release planner (HiGHS in a worker thread). Filled in by the planner feature.
export {};
