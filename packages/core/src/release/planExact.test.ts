import { describe, expect, it } from 'vitest';
import { validModel as valid } from '../../test/release/validModel';
import { type MipSolveOptions, type MipSolver, unsolved } from './mipSolver';
import { HEURISTIC_SHARE, planExact } from './planExact';
import { planHeuristic } from './planHeuristic';

// Two releases (so the general bundle search runs, not the single-release one): enough items
// that the local search has moves to make.
const twoReleases = valid({
  items: Array.from({ length: 8 }, (_, i) => ({ id: `i${i}`, cost: 1 + (i % 4), value: 3 + ((i * 7) % 11) })),
  releases: [
    { id: 'r1', capacity: 6 },
    { id: 'r2', capacity: 6 },
  ],
});
const oneRelease = valid({
  items: Array.from({ length: 10 }, (_, i) => ({ id: `i${i}`, cost: 1 + (i % 3), value: 2 + ((i * 5) % 9) })),
  releases: [{ id: 'r1', capacity: 8 }],
});

/** A fake clock: each reading advances it by 1 ms, so "time" is the number of readings. */
function fakeClock(start = 0) {
  let t = start;
  return { now: () => t++, read: () => t };
}

// A solver that finds nothing better than its start: the tests are about time, not the MIP.
const noSolution = unsolved('time_limit');
const idleSolver: MipSolver = { solve: async () => noSolution };

function recording(inner: MipSolver) {
  const calls: { options: MipSolveOptions; at: number }[] = [];
  const solver = (clock: { read: () => number }): MipSolver => ({
    solve: (problem, options) => {
      calls.push({ options, at: clock.read() });
      return inner.solve(problem, options);
    },
  });
  return { calls, solver };
}

describe('planExact with a deadline (the CLI --time-limit seam)', () => {
  it('stops the warm-start search at its share of the time and gives the solver only what is left', async () => {
    const clock = fakeClock();
    const { calls, solver } = recording(idleSolver);
    const plan = await planExact(twoReleases, solver(clock), {
      timeLimitSeconds: 10,
      now: clock.now,
      deadline: 1000,
      // Far more moves than the clock allows: only the deadline can end the search in time.
      heuristic: { moves: 1_000_000 },
    });
    expect(calls).toHaveLength(1);
    const at = calls[0]!.at;
    // The search read the clock once per move and stopped when it passed 30 % of the 1,000 ms.
    expect(at).toBeGreaterThanOrEqual(HEURISTIC_SHARE * 1000);
    expect(at).toBeLessThan(HEURISTIC_SHARE * 1000 + 10);
    // The solver's limit is the time left to the deadline, not the 10 s asked for.
    expect(calls[0]!.options.timeLimitSeconds).toBeCloseTo((1000 - at) / 1000 + 0.001, 2);
    expect(plan.value).toBeGreaterThan(0);
  });

  it('skips the solver when the deadline has already passed and keeps the greedy plan', async () => {
    const clock = fakeClock(5000);
    const { calls, solver } = recording(idleSolver);
    const plan = await planExact(twoReleases, solver(clock), {
      now: clock.now,
      deadline: 1000,
      heuristic: { moves: 1_000_000 },
    });
    expect(calls).toHaveLength(0);
    expect(plan.solver.status).toBe('time_limit');
    // Cut short, the plan is still the complete greedy fill, never an empty one.
    expect(plan.value).toBe(planHeuristic(twoReleases, { moves: 0 }).value);
    expect(plan.value).toBeGreaterThan(0);
  });

  it('past the deadline fills by one greedy view only, and builds no MIP', async () => {
    // P is a prerequisite of a, b and c. Counting P's full cost, X looks best and blocks the
    // rest (value 5); sharing P's cost among a, b and c ships all three (value 9).
    const shared = valid({
      items: [
        { id: 'P', cost: 4, value: 0 },
        ...['a', 'b', 'c'].map((id) => ({ id, cost: 1, value: 3, prerequisites: ['P'] })),
        { id: 'X', cost: 4, value: 5 },
      ],
      releases: [
        { id: 'r1', capacity: 7 },
        { id: 'r2', capacity: 0 },
      ],
      discount: 0,
    });
    expect(planHeuristic(shared, { moves: 0 }).value).toBe(9);
    const clock = fakeClock(5000);
    const { calls, solver } = recording(idleSolver);
    const plan = await planExact(shared, solver(clock), { now: clock.now, deadline: 1000 });
    expect(calls).toHaveLength(0);
    expect(plan.value).toBe(5);
    expect(plan.assignment.X).toBe('r1');
  });

  it('stops the single-release search too, and its plan still fits the budget', async () => {
    const clock = fakeClock(5000);
    const { calls, solver } = recording(idleSolver);
    const plan = await planExact(oneRelease, solver(clock), { now: clock.now, deadline: 1000 });
    expect(calls).toHaveLength(0);
    expect(plan.releases[0]!.cost).toBeLessThanOrEqual(8);
    expect(plan.value).toBeGreaterThan(0);
  });

  it('without a clock, runs as before: the solver gets the whole time limit', async () => {
    const clock = fakeClock();
    const { calls, solver } = recording(idleSolver);
    await planExact(twoReleases, solver(clock), { timeLimitSeconds: 7, deadline: 1 });
    expect(calls.map((c) => c.options.timeLimitSeconds)).toEqual([7]);
  });
});
