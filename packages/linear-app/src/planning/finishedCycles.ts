import type { FinishedCycle } from '@trailmap/core/release';
import { completedScope } from '@trailmap/trackers';
import type { CycleNode } from '../linear/documents/workspacePages';

/**
 * Maps a team's Linear cycles to core's `FinishedCycle`s (velocity itself is core's
 * `teamVelocity`): only cycles with a completed scope count, unnamed ones are "Cycle <number>".
 *
 * @example
 * teamVelocity(finishedCycles(cycles), 3).perCycle; // => 21.3
 */
export function finishedCycles(cycles: readonly CycleNode[]): FinishedCycle[] {
  return cycles.flatMap((c) => {
    const completed = completedScope(c);
    if (completed === undefined) return [];
    const name = c.name?.trim() ? c.name : `Cycle ${c.number}`;
    return [{ id: c.id, number: c.number, name, startsAt: c.startsAt, endsAt: c.endsAt, completed }];
  });
}
