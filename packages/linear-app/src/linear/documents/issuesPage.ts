import { z } from 'zod';
import { defineDocument } from '../linearDocument';
import { connectionOf, nestedOf } from './connection';

/** How many nested rows ride along with each issue; overflow is fetched by `IssueRelationsRest`. */
export const NESTED_FIRST = 10;

const Ref = z.object({ id: z.string(), identifier: z.string() });

/** One customer request as embedded in an issue or project. */
export const CustomerNeedNodeSchema = z.object({
  id: z.string(),
  priority: z.number(),
  body: z.string().nullable().optional(),
  createdAt: z.string(),
  customer: z
    .object({
      id: z.string(),
      name: z.string(),
      revenue: z.number().nullable(),
      size: z.number().nullable(),
      tier: z.object({ id: z.string(), name: z.string(), displayName: z.string() }).nullable(),
    })
    .nullable(),
});
export type CustomerNeedNode = z.infer<typeof CustomerNeedNodeSchema>;

/** A relation from this issue (`relations`) or to it (`inverseRelations`). */
export const RelationNodeSchema = z.object({
  id: z.string(),
  type: z.string(),
  issue: Ref,
  relatedIssue: Ref,
});
export type RelationNode = z.infer<typeof RelationNodeSchema>;

/** An issue with everything the roadmap, scoring and planner need, in one round trip. */
export const IssueNodeSchema = z.object({
  id: z.string(),
  identifier: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  priority: z.number(),
  estimate: z.number().nullable(),
  sortOrder: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  completedAt: z.string().nullable(),
  canceledAt: z.string().nullable(),
  archivedAt: z.string().nullable(),
  dueDate: z.string().nullable(),
  url: z.string(),
  state: z.object({ id: z.string(), name: z.string(), type: z.string() }),
  team: z.object({ id: z.string(), key: z.string(), name: z.string() }),
  assignee: z.object({ id: z.string(), name: z.string() }).nullable(),
  project: z.object({ id: z.string(), name: z.string() }).nullable(),
  projectMilestone: z.object({ id: z.string(), name: z.string() }).nullable(),
  cycle: z.object({ id: z.string(), number: z.number(), name: z.string().nullable() }).nullable(),
  parent: Ref.nullable(),
  labels: nestedOf(z.object({ id: z.string(), name: z.string() })),
  relations: nestedOf(RelationNodeSchema),
  inverseRelations: nestedOf(RelationNodeSchema),
  needs: nestedOf(CustomerNeedNodeSchema),
});
export type IssueNode = z.infer<typeof IssueNodeSchema>;

/** Selection shared by the bulk page and the single-issue fetch. */
export const ISSUE_FIELDS = /* GraphQL */ `
  id identifier title description priority estimate sortOrder
  createdAt updatedAt completedAt canceledAt archivedAt dueDate url
  state { id name type }
  team { id key name }
  assignee { id name }
  project { id name }
  projectMilestone { id name }
  cycle { id number name }
  parent { id identifier }
  labels(first: ${NESTED_FIRST}) { nodes { id name } pageInfo { hasNextPage } }
  relations(first: ${NESTED_FIRST}) {
    nodes { id type issue { id identifier } relatedIssue { id identifier } }
    pageInfo { hasNextPage }
  }
  inverseRelations(first: ${NESTED_FIRST}) {
    nodes { id type issue { id identifier } relatedIssue { id identifier } }
    pageInfo { hasNextPage }
  }
  needs(first: ${NESTED_FIRST}) {
    nodes {
      id priority body createdAt
      customer { id name revenue size tier { id name displayName } }
    }
    pageInfo { hasNextPage }
  }
`;

/**
 * The bulk issue read: one page of issues with every relation nested, oldest change first, so a
 * stored `updatedAt` cursor resumes exactly where the last sync stopped. Archived issues are
 * included so the app learns when something leaves the roadmap.
 */
export const IssuesPage = defineDocument<
  { issues: { nodes: IssueNode[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } },
  { first: number; after: string | null; filter: Record<string, unknown> | null }
>(
  /* GraphQL */ `
  query IssuesPage($first: Int!, $after: String, $filter: IssueFilter) {
    issues(first: $first, after: $after, filter: $filter, orderBy: updatedAt, includeArchived: true) {
      nodes { ${ISSUE_FIELDS} }
      pageInfo { hasNextPage endCursor }
    }
  }`,
  z.object({ issues: connectionOf(IssueNodeSchema) }),
);

/** One issue with the same selection, for webhook jobs that need the current state. */
export const IssueById = defineDocument<{ issue: IssueNode }, { id: string }>(
  /* GraphQL */ `
  query IssueById($id: String!) {
    issue(id: $id) { ${ISSUE_FIELDS} }
  }`,
  z.object({ issue: IssueNodeSchema }),
);
