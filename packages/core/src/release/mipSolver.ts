/**
 * A mixed-integer program in a solver-neutral structured form (rows in CSR), always maximized.
 * Every column is binary here, but the form carries bounds and integrality so solvers need no
 * planner knowledge. Typed arrays: a 50k-issue plan has 58k columns and 148k nonzeros, and they
 * are copied to the solver's thread as flat buffers (number arrays and one name per column were
 * several times the size to build, hold and clone).
 */
export interface MipProblem {
  numCols: number;
  numRows: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  /** `1` for an integer column, `0` for a continuous one. */
  integer: Uint8Array;
  /** Row bounds; `-Infinity`/`Infinity` when a side is open. */
  rowLower: Float64Array;
  rowUpper: Float64Array;
  /** CSR offsets: row `r` spans `starts[r]`…`starts[r + 1]` in `indices`/`values`. */
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
}

/**
 * The part of `AbortSignal` the planner uses; core has no DOM or Node types, and a real
 * `AbortSignal` satisfies this shape.
 */
export interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** What to ask of a MIP solve. */
export interface MipSolveOptions {
  /**
   * Wall-clock limit of the whole call, in seconds: the solver answers by then with the best
   * point it has (a caller's deadline is planned around it, so overrunning it is a bug).
   */
  timeLimitSeconds: number;
  /** A feasible column vector to start from (the heuristic's plan), if any. */
  start?: Float64Array;
  /** Stops the solve early; the best incumbent found so far is returned. */
  signal?: AbortSignalLike;
}

/** How a MIP solve ended. */
export type MipStatus = 'optimal' | 'time_limit' | 'interrupted' | 'infeasible' | 'error';

/** The outcome of a MIP solve. Values may be missing when no feasible point was found. */
export interface MipSolution {
  status: MipStatus;
  /** Best column vector found, or `null`. */
  values: ArrayLike<number> | null;
  /** Objective the solver reports for `values` (the planner recomputes it). */
  objective: number | null;
  /** Best proven upper bound on the objective, when known. */
  bound: number | null;
  /** Seconds the solve took, including start-up. */
  seconds: number;
  /** Seconds after which the best solution was in hand (0 when the start was best). */
  secondsToBest: number;
  /**
   * CPU seconds of the solving process, when the solver can measure them: on a shared machine
   * they track what the wall time would be on an idle one.
   */
  cpuSeconds?: number;
  /** CPU seconds until the best solution was in hand, when measured. */
  cpuSecondsToBest?: number;
  /** Solver diagnostics for logs. */
  message?: string;
}

/**
 * A solve that ended without a point (no time left, interrupted, infeasible, failed): the planner
 * keeps its warm-start plan.
 *
 * @example
 * unsolved('time_limit', 'no time left'); // => { status: 'time_limit', values: null, …, message: 'no time left' }
 */
export function unsolved(status: Exclude<MipStatus, 'optimal'>, message?: string): MipSolution {
  return {
    status,
    values: null,
    objective: null,
    bound: null,
    seconds: 0,
    secondsToBest: 0,
    ...(message === undefined ? {} : { message }),
  };
}

/**
 * A MIP solver injected into core, so the planner stays pure: the CLI and servers pass one that
 * runs HiGHS in a worker thread (`createHighsSolver` in `@trailmap/solver-highs`); tests may pass a
 * brute-force one.
 *
 * @example
 * const solver: MipSolver = { solve: async (p, o) => ({ status: 'error', values: null, objective: null, bound: null, seconds: 0, secondsToBest: 0 }) };
 */
export interface MipSolver {
  solve(problem: MipProblem, options: MipSolveOptions): Promise<MipSolution>;
}
