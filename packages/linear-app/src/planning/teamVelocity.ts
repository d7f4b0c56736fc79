import { completedScope } from '@trailmap/trackers';
import type { CycleNode } from '../linear/documents/workspacePages';

/** A team's delivery rate, from the completed scope of its last finished cycles. */
export interface TeamVelocity {
  /** Points per cycle used as capacity (mean of the sample), or undefined with no history. */
  perCycle: number | undefined;
  /** The finished cycles used, newest first. */
  sample: { cycleId: string; number: number; name: string; completed: number }[];
  explanation: string;
}

/**
 * Velocity = mean completed scope of the last `window` finished cycles (Linear's own capacity
 * heuristic uses the same idea). Cycles that completed nothing are kept: a holiday cycle is real
 * history, and dropping it would overstate capacity.
 *
 * @example
 * teamVelocity(cycles, 3).perCycle; // => 21.3
 */
export function teamVelocity(cycles: readonly CycleNode[], window = 3): TeamVelocity {
  const finished = cycles
    .flatMap((c) => {
      const completed = completedScope(c);
      return completed === undefined ? [] : [{ cycle: c, completed }];
    })
    .sort((a, b) => b.cycle.endsAt.localeCompare(a.cycle.endsAt))
    .slice(0, window);
  const sample = finished.map(({ cycle, completed }) => ({
    cycleId: cycle.id,
    number: cycle.number,
    name: cycle.name?.trim() ? cycle.name : `Cycle ${cycle.number}`,
    completed,
  }));
  if (sample.length === 0) {
    return { perCycle: undefined, sample, explanation: 'No finished cycle yet: capacity cannot be derived.' };
  }
  const mean = sample.reduce((s, c) => s + c.completed, 0) / sample.length;
  const perCycle = Math.round(mean * 10) / 10;
  return {
    perCycle,
    sample,
    explanation: `Capacity ${perCycle} points per cycle: mean completed scope of ${sample
      .map((c) => `${c.name} (${c.completed})`)
      .join(', ')}.`,
  };
}
