import { type Backlog, type DateSpan, planHeuristic, validatePlanningModel } from '@trailmap/core';
import { toCalendarDate } from '@trailmap/trackers';
import type { CycleNode } from '../linear/documents/workspacePages';
import { cyclePlanInput } from './cyclePlanModel';

/**
 * Where the team's not-yet-scheduled issues would land if planned now: the heuristic plan of the
 * upcoming cycles (capacity from velocity), as date spans per issue key. The roadmap timeline
 * draws these as forecast bars; issues already in a cycle keep that cycle's dates.
 *
 * @example
 * const forecasts = cycleForecast(backlog, teamCycles, scores, 3);
 */
export function cycleForecast(
  backlog: Backlog,
  teamCycles: readonly CycleNode[],
  scores: ReadonlyMap<string, number>,
  horizon: number,
): Map<string, DateSpan> {
  const forecasts = new Map<string, DateSpan>();
  const input = cyclePlanInput(backlog, teamCycles, scores, { horizon });
  if ('error' in input) return forecasts;
  const valid = validatePlanningModel(input.model);
  if (!valid.ok) return forecasts;
  const plan = planHeuristic(valid.model);
  const spans = new Map(
    input.cycles.flatMap((c) => {
      const start = toCalendarDate(c.startsAt);
      const end = toCalendarDate(c.endsAt);
      return start && end ? [[c.id, { start, end }] as const] : [];
    }),
  );
  for (const c of input.candidates) {
    if (c.currentCycleId) continue;
    const cycle = plan.assignment[c.key];
    const span = cycle ? spans.get(cycle) : undefined;
    if (span) forecasts.set(c.key, span);
  }
  return forecasts;
}
