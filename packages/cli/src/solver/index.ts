// Kept only while branches in flight still import '@trailmap/cli/solver'; use '@trailmap/solver-highs'.
export type { HighsSolver, HighsSolverOptions } from '@trailmap/solver-highs';
export { createHighsSolver } from '@trailmap/solver-highs';
