/**
 * The clock `--time-limit` is measured on: milliseconds `now()`, and when the command started on
 * it. The CLI passes 0 on `performance.now()` (the process start, so loading the code counts);
 * tests pass a fake clock.
 */
export interface PlanClock {
  now: () => number;
  startedAt: number;
}

/** The clock of a command run in-process: the limit counts from the call. */
export function callClock(): PlanClock {
  return { now: () => performance.now(), startedAt: performance.now() };
}

/** When the search and the solver must stop, and how the time was spent before them. */
export interface PlanDeadline {
  /** Milliseconds on the clock by which the plan must be in hand. */
  deadline: number;
  /** Milliseconds kept after `deadline` for the baseline, deferral reasons, forecast and output. */
  reserve: number;
  /** Milliseconds from the start until the model was built (reading, scoring, modelling). */
  spent: number;
  /** Whether no time is left for the search or the solver. */
  late: boolean;
}

/**
 * The deadline of the search and the solver under `--time-limit` (seconds for the whole command,
 * from `clock.startedAt`). After them the baseline, the deferral reasons, the forecast and the
 * output still run; they grow with the model, and so does modelling, so the reserve for them is a
 * fixed part (0.3 s + 5 % of the limit) plus half the time modelling took (`modelledFrom`: when
 * the export was read). On a 50k-issue export modelling takes a second or two of CPU and the work
 * after the deadline about a third of that; on a shared machine both stretch alike in wall time.
 *
 * @example
 * planDeadline({ now: () => 4000, startedAt: 0 }, 10, 3000);
 * // => { deadline: 8700, reserve: 1300, spent: 4000, late: false }
 */
export function planDeadline(clock: PlanClock, timeLimitSeconds: number, modelledFrom: number): PlanDeadline {
  const now = clock.now();
  const reserve = 300 + 50 * timeLimitSeconds + 0.5 * Math.max(0, now - modelledFrom);
  const deadline = clock.startedAt + timeLimitSeconds * 1000 - reserve;
  return { deadline, reserve, spent: now - clock.startedAt, late: now >= deadline };
}

/**
 * The stderr note when reading and modelling the export used up `--time-limit`: what happened,
 * and which limit would leave time to search.
 *
 * @example
 * lateNote(12_400, 5); // => 'reading the export and building the model took 12.4 s of the 5 s --time-limit: …'
 */
export function lateNote(spentMs: number, timeLimitSeconds: number): string {
  const spent = spentMs / 1000;
  const enough = Math.ceil((spent * 1.5 + 2) / 5) * 5;
  return `reading the export and building the model took ${spent.toFixed(1)} s of the ${timeLimitSeconds} s --time-limit: the plan is one greedy pass, not searched and not solved, and the command ends late. --time-limit ${enough} leaves time to search`;
}
