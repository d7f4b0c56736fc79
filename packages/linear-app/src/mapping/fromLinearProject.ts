import type { ReleaseInput, WorkItemInput } from '@trailmap/core';
import type { CycleNode, ProjectNode } from '../linear/documents/workspacePages';
import { mapPriority, toCalendarDate } from './fromLinearIssue';

/**
 * Maps a Linear project status type (`backlog`, `planned`, `started`, `paused`, `completed`,
 * `canceled`) onto core's categories.
 *
 * @example
 * mapProjectStatus('paused'); // => { statusCategory: 'in_progress', canceled: false }
 */
export function mapProjectStatus(type: string): {
  statusCategory: 'todo' | 'in_progress' | 'done';
  canceled: boolean;
} {
  switch (type) {
    case 'started':
    case 'paused':
      return { statusCategory: 'in_progress', canceled: false };
    case 'completed':
      return { statusCategory: 'done', canceled: false };
    case 'canceled':
      return { statusCategory: 'done', canceled: true };
    default:
      return { statusCategory: 'todo', canceled: false };
  }
}

/**
 * Maps a project to a roadmap item (workspace and initiative roadmaps show projects, as Linear's
 * own roadmap does). Its key is the URL slug, stable across renames.
 *
 * @example
 * mapProject(node).type; // => 'Project'
 */
export function mapProject(node: ProjectNode): WorkItemInput {
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
    priority: mapPriority(node.priority),
    updatedAt: node.updatedAt,
    fields: { progress: node.progress },
  };
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
export function mapCycle(node: CycleNode): ReleaseInput {
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
export function completedScope(node: CycleNode): number | undefined {
  if (!node.isPast && node.completedAt === null) return undefined;
  const last = node.completedScopeHistory.at(-1);
  return last === undefined ? undefined : last;
}
