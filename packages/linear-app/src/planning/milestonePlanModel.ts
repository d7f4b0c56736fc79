import { createHash } from 'node:crypto';
import type { Backlog, PlanningModelInput } from '@trailmap/core';
import { capacityToTargets, teamVelocity } from '@trailmap/core/release';
import type { CycleNode, ProjectNode } from '../linear/documents/workspacePages';
import type { CyclePlanInput } from './cyclePlanModel';
import { finishedCycles } from './finishedCycles';
import { planItems } from './planItems';

/**
 * Builds the planning model for a project's milestones: each upcoming milestone (target date
 * today or later, in date order) is a release whose capacity is the delivery rate of the
 * project's teams (velocity per day from their finished cycles, times `share`, the part of the
 * teams' time this project gets) over the days since the previous milestone (or today). Items are
 * the project's not-started issues with an estimate and a score; their current milestone is
 * where they sit now.
 *
 * @example
 * const input = milestonePlanInput(backlog, project, cyclesByTeam, scores, { today: '2026-02-20', share: 0.5 });
 */
export function milestonePlanInput(
  backlog: Backlog,
  project: ProjectNode,
  cyclesOfTeam: ReadonlyMap<string, readonly CycleNode[]>,
  scores: ReadonlyMap<string, number>,
  options: { today: string; share: number },
): CyclePlanInput | { error: string } {
  let perDay = 0;
  const parts: string[] = [];
  const samples: CyclePlanInput['velocity']['sample'] = [];
  for (const team of project.teams.nodes) {
    const velocity = teamVelocity(finishedCycles(cyclesOfTeam.get(team.id) ?? []));
    if (velocity.perCycle === undefined || velocity.cycleDays === undefined) continue;
    perDay += velocity.perCycle / velocity.cycleDays;
    samples.push(...velocity.sample);
    parts.push(`${team.key} ${velocity.perCycle} points per ${Math.round(velocity.cycleDays)}-day cycle`);
  }
  if (perDay === 0)
    return { error: 'None of the project’s teams has a finished cycle: capacity cannot be derived.' };
  const milestones = project.projectMilestones.nodes
    .filter((m) => m.targetDate !== null && m.targetDate >= options.today)
    .sort((a, b) => (a.targetDate ?? '').localeCompare(b.targetDate ?? '') || a.sortOrder - b.sortOrder);
  if (milestones.length === 0) return { error: 'The project has no upcoming milestone with a target date.' };
  const releases = capacityToTargets(
    milestones.map((m) => ({ id: m.id, name: m.name, targetDate: m.targetDate ?? options.today })),
    { from: options.today, perDay: perDay * options.share },
  ).map(({ id, name, capacity }) => ({ id, name, capacity }));
  const upcoming = new Set(milestones.map((m) => m.id));
  // Issues in a milestone already past stay there: that milestone is history, not a plan slot.
  const { candidates, excluded, items } = planItems(
    backlog,
    scores,
    (i) => !!i.release && !upcoming.has(i.release),
  );
  const model: PlanningModelInput = { items, releases, customers: [] };
  const inputHash = createHash('sha256').update(JSON.stringify(model)).digest('hex');
  const perCycleEquivalent = Math.round(perDay * 14 * options.share * 10) / 10;
  return {
    model,
    candidates,
    excluded,
    cycles: milestones.map((m) => ({
      id: m.id,
      name: m.name,
      startsAt: options.today,
      endsAt: m.targetDate ?? '',
    })),
    velocity: {
      perCycle: perCycleEquivalent,
      cycleDays: 14,
      sample: samples,
      explanation: `Capacity from ${parts.join(' + ')}${options.share < 1 ? `, ${Math.round(options.share * 100)} % of it for this project` : ''}: ${releases
        .map((r) => `${r.name} ${r.capacity} points`)
        .join(', ')}.`,
    },
    inputHash,
  };
}
