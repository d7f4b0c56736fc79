/**
 * The Linear GraphQL shapes the mappings read, as plain types. The edge that queries Linear
 * (linear-app) owns the documents and validates responses with zod; its parsed nodes are
 * assignable to these, so the mapping needs no GraphQL client.
 */

/** An issue reference (`parent`, either side of a relation). */
export interface LinearIssueRef {
  id: string;
  identifier: string;
}

/** A relation from an issue (`relations`) or to it (`inverseRelations`). */
export interface LinearRelationNode {
  id: string;
  type: string;
  issue: LinearIssueRef;
  relatedIssue: LinearIssueRef;
}

/** A customer behind a request. */
export interface LinearCustomerNode {
  id: string;
  name: string;
  revenue: number | null;
  size: number | null;
  tier: { id: string; name: string; displayName: string } | null;
}

/** One customer request (`needs`). */
export interface LinearCustomerNeedNode {
  id: string;
  priority: number;
  body?: string | null | undefined;
  createdAt: string;
  customer: LinearCustomerNode | null;
}

/** A nested connection: only `nodes` is read. */
export interface LinearNested<T> {
  nodes: T[];
}

/** An issue with what roadmap, scoring and planning read. */
export interface LinearIssueNode {
  id: string;
  identifier: string;
  title: string;
  description: string | null;
  priority: number;
  estimate: number | null;
  sortOrder: number;
  createdAt: string;
  updatedAt: string;
  completedAt: string | null;
  canceledAt: string | null;
  dueDate: string | null;
  state: { name: string; type: string };
  team: { key: string };
  assignee: { name: string } | null;
  project: { id: string; name: string } | null;
  projectMilestone?: { id: string; name: string } | null;
  cycle: { id: string; number: number; name: string | null } | null;
  parent: LinearIssueRef | null;
  labels: LinearNested<{ name: string }>;
  relations: LinearNested<LinearRelationNode>;
  inverseRelations: LinearNested<LinearRelationNode>;
  needs: LinearNested<LinearCustomerNeedNode>;
}

/** A project as a roadmap item. */
export interface LinearProjectNode {
  id: string;
  slugId: string;
  name: string;
  description: string;
  priority: number;
  progress: number;
  startDate: string | null;
  targetDate: string | null;
  updatedAt: string;
  completedAt: string | null;
  canceledAt: string | null;
  status: { name: string; type: string };
  teams: LinearNested<{ key: string }>;
  initiatives: LinearNested<{ name: string }>;
}

/** A cycle: a Linear team's release. */
export interface LinearCycleNode {
  id: string;
  number: number;
  name: string | null;
  startsAt: string;
  endsAt: string;
  completedAt: string | null;
  isPast: boolean;
  completedScopeHistory: number[];
}
