import type { ReleaseInput, WorkItemInput } from '@trailmap/core';
import { linearItemPriority } from '../linear/priority';
import { mapProjectStatus } from '../linear/status';
import { toCalendarDate } from './fromLinearIssue';
import type { LinearCycleNode, LinearProjectNode } from './nodes';

/**
 * Maps a project to a roadmap item (workspace and initiative roadmaps show projects, as Linear's
 * own roadmap does). Its key is the URL slug, stable across renames.
 *
 * @example
 * mapProject(node).type; // => 'Project'
 */
export function mapProject(node: LinearProjectNode): WorkItemInput {
  const status = mapProjectStatus(node.status.type);
  const item: WorkItemInput = {
    id: node.id,
    key: node.slugId,
    title: node.name,
    description: node.description,
    type: 'Project',
    status: node.status.name,
    statusCategory: status.statusCategory,
    canceled: status.canceled,
    team: node.teams.nodes.map((t) => t.key).join(', ') || undefined,
    rank: node.priority === 0 ? 5 : node.priority,
    updatedAt: node.updatedAt,
    fields: { progress: node.progress },
  };
  const priority = linearItemPriority(node.priority);
  if (priority) item.priority = priority;
  const start = toCalendarDate(node.startDate);
  const target = toCalendarDate(node.targetDate);
  if (start) item.startDate = start;
  if (target) item.targetDate = target;
  const initiative = node.initiatives.nodes[0];
  if (initiative) item.initiative = initiative.name;
  const completed = node.completedAt ?? node.canceledAt;
  if (completed) item.completedAt = completed;
  if (item.team === undefined) delete item.team;
  return item;
}

/**
 * Maps a cycle to a core release, in the team's delivery order. `released` once Linear has
 * closed it; capacity is left to the planner (it comes from velocity, not from the cycle).
 *
 * @example
 * mapCycle(node).name; // => 'Cycle 12' when the cycle has no name
 */
export function mapCycle(node: LinearCycleNode): ReleaseInput {
  return {
    id: node.id,
    name: node.name?.trim() ? node.name : `Cycle ${node.number}`,
    start: toCalendarDate(node.startsAt),
    end: toCalendarDate(node.endsAt),
    released: node.completedAt !== null || node.isPast,
  };
}

/**
 * Completed scope of a finished cycle: the last point of `completedScopeHistory` (Linear appends
 * one point per day). Undefined for cycles still running or with no history.
 *
 * @example
 * completedScope({ ...cycle, isPast: true, completedScopeHistory: [0, 3, 8] }); // => 8
 */
export function completedScope(node: LinearCycleNode): number | undefined {
  if (!node.isPast && node.completedAt === null) return undefined;
  const last = node.completedScopeHistory.at(-1);
  return last === undefined ? undefined : last;
}
