import type { Estimate, WorkItemInput } from '@trailmap/core';
import { linearItemPriority } from '../linear/priority';
import { mapStateType } from '../linear/status';
import type { LinearIssueNode, LinearRelationNode } from './nodes';

/**
 * Linear estimates are points on the team's scale (t-shirt sizes are stored as numbers too).
 *
 * @example
 * mapEstimate(3); // => { value: 3, unit: 'points' }
 */
export function mapEstimate(estimate: number | null): Estimate | undefined {
  return estimate === null || estimate < 0 ? undefined : { value: estimate, unit: 'points' };
}

/**
 * Splits an issue's relations into core's dependency lists. A `blocks` relation on this issue
 * means it blocks the other; the same relation seen from the other side (inverse) means this one
 * is blocked. Duplicate/related/similar relations carry no scheduling constraint.
 *
 * @example
 * mapRelations('A-1', [{ id: 'r', type: 'blocks', issue: a1, relatedIssue: a2 }], []); // => { blocks: ['A-2'], blockedBy: [] }
 */
export function mapRelations(
  identifier: string,
  relations: readonly LinearRelationNode[],
  inverseRelations: readonly LinearRelationNode[],
): { blocks: string[]; blockedBy: string[] } {
  const blocks = new Set<string>();
  const blockedBy = new Set<string>();
  for (const r of [...relations, ...inverseRelations]) {
    if (r.type !== 'blocks') continue;
    if (r.issue.identifier === identifier) blocks.add(r.relatedIssue.identifier);
    else if (r.relatedIssue.identifier === identifier) blockedBy.add(r.issue.identifier);
  }
  return { blocks: [...blocks].sort(), blockedBy: [...blockedBy].sort() };
}

/**
 * Linear dates are ISO instants or `YYYY-MM-DD`; core plans in calendar days (UTC).
 *
 * @example
 * toCalendarDate('2026-03-04T22:10:00.000Z'); // => '2026-03-04'
 */
export function toCalendarDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const day = value.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined;
}

/** Extra context an issue's own node does not carry (e.g. the project's initiative). */
export interface IssueMappingContext {
  /** Initiative name of each project id. */
  initiativeByProject?: ReadonlyMap<string, string>;
  /** Project dates, so issues without their own dates sit inside their project on a timeline. */
  projectDates?: ReadonlyMap<string, { start?: string; target?: string }>;
}

/**
 * Maps one issue from the bulk query to core's `WorkItem` input: key = identifier, release =
 * cycle id (cycles are the planner's releases), customers from its customer requests.
 *
 * @example
 * const item = mapIssue(node); // item.key === 'ENG-12'
 */
export function mapIssue(node: LinearIssueNode, context: IssueMappingContext = {}): WorkItemInput {
  const { statusCategory, canceled } = mapStateType(node.state.type);
  const { blocks, blockedBy } = mapRelations(
    node.identifier,
    node.relations.nodes,
    node.inverseRelations.nodes,
  );
  const projectDates = node.project ? context.projectDates?.get(node.project.id) : undefined;
  const item: WorkItemInput = {
    id: node.id,
    key: node.identifier,
    title: node.title,
    description: node.description ?? '',
    type: 'Issue',
    status: node.state.name,
    statusCategory,
    canceled,
    labels: node.labels.nodes.map((l) => l.name),
    team: node.team.key,
    rank: node.sortOrder,
    blocks,
    blockedBy,
    customerIds: [...new Set(node.needs.nodes.flatMap((n) => (n.customer ? [n.customer.id] : [])))],
    feedbackIds: node.needs.nodes.map((n) => n.id),
    createdAt: node.createdAt,
    updatedAt: node.updatedAt,
    fields: {
      priority: node.priority,
      ...(node.projectMilestone ? { milestone: node.projectMilestone.name } : {}),
    },
  };
  const priority = linearItemPriority(node.priority);
  if (priority) item.priority = priority;
  const estimate = mapEstimate(node.estimate);
  if (estimate) item.estimate = estimate;
  if (node.parent) item.parentKey = node.parent.identifier;
  if (node.project) item.project = node.project.name;
  if (node.project) {
    const initiative = context.initiativeByProject?.get(node.project.id);
    if (initiative) item.initiative = initiative;
  }
  if (node.assignee) item.assignee = node.assignee.name;
  if (node.cycle) item.release = node.cycle.id;
  const target = toCalendarDate(node.dueDate) ?? projectDates?.target;
  if (target) item.targetDate = target;
  if (projectDates?.start) item.startDate = projectDates.start;
  const completed = node.completedAt ?? node.canceledAt;
  if (completed) item.completedAt = completed;
  return item;
}
