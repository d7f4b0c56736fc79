import { dayOfInstant } from '../calendar/today';

/** A finished iteration (a Linear cycle, a sprint) and the scope completed in it. */
export interface FinishedCycle {
  id: string;
  number: number;
  name: string;
  /** ISO-8601 instants with offset. */
  startsAt: string;
  endsAt: string;
  /** Points (or items) completed in the cycle. */
  completed: number;
}

/** A team's delivery rate, from the completed scope of its last finished cycles. */
export interface TeamVelocity {
  /** Points per cycle used as capacity (mean of the sample), or undefined with no history. */
  perCycle: number | undefined;
  /** Mean length of the sampled cycles in calendar days (at least 1), or undefined with no history. */
  cycleDays: number | undefined;
  /** The finished cycles used, newest first. */
  sample: { cycleId: string; number: number; name: string; completed: number }[];
  explanation: string;
}

/**
 * Velocity = mean completed scope of the last `window` finished cycles (Linear's own capacity
 * heuristic uses the same idea). Cycles that completed nothing are kept: a holiday cycle is real
 * history, and dropping it would overstate capacity. Tracker-neutral: an edge maps its cycles or
 * sprints to `FinishedCycle`s.
 *
 * @example
 * teamVelocity([{ id: 'c1', number: 1, name: 'Cycle 1', startsAt: '2026-01-05T00:00:00Z', endsAt: '2026-01-19T00:00:00Z', completed: 21 }]);
 * // => { perCycle: 21, cycleDays: 14, sample: [{ cycleId: 'c1', … }], explanation: 'Capacity 21 points per cycle: …' }
 */
export function teamVelocity(cycles: readonly FinishedCycle[], window = 3): TeamVelocity {
  const finished = [...cycles].sort((a, b) => b.endsAt.localeCompare(a.endsAt)).slice(0, window);
  const sample = finished.map((c) => ({
    cycleId: c.id,
    number: c.number,
    name: c.name,
    completed: c.completed,
  }));
  if (sample.length === 0) {
    return {
      perCycle: undefined,
      cycleDays: undefined,
      sample,
      explanation: 'No finished cycle yet: capacity cannot be derived.',
    };
  }
  const mean = sample.reduce((s, c) => s + c.completed, 0) / sample.length;
  const perCycle = Math.round(mean * 10) / 10;
  const cycleDays = finished.reduce((s, c) => s + lengthInDays(c), 0) / finished.length;
  return {
    perCycle,
    cycleDays,
    sample,
    explanation: `Capacity ${perCycle} points per cycle: mean completed scope of ${sample
      .map((c) => `${c.name} (${c.completed})`)
      .join(', ')}.`,
  };
}

// Calendar days from start to end (UTC day numbers); a cycle whose dates are unreadable counts as
// the common two weeks.
function lengthInDays(cycle: FinishedCycle): number {
  const start = dayOfInstant(cycle.startsAt);
  const end = dayOfInstant(cycle.endsAt);
  return start === undefined || end === undefined ? 14 : Math.max(1, end - start);
}
