import { z } from 'zod';
import { defineDocument } from '../linearDocument';
import { connectionOf, nestedOf } from './connection';
import { CustomerNeedNodeSchema, RelationNodeSchema } from './issuesPage';

type Page<K extends string, T> = Record<
  K,
  { nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }
>;
type PageVars = { first: number; after: string | null; filter: Record<string, unknown> | null };

/** A project with its dates, teams, milestones and initiatives. */
export const ProjectNodeSchema = z.object({
  id: z.string(),
  slugId: z.string(),
  name: z.string(),
  description: z.string(),
  url: z.string(),
  priority: z.number(),
  progress: z.number(),
  startDate: z.string().nullable(),
  targetDate: z.string().nullable(),
  updatedAt: z.string(),
  completedAt: z.string().nullable(),
  canceledAt: z.string().nullable(),
  archivedAt: z.string().nullable(),
  status: z.object({ id: z.string(), name: z.string(), type: z.string() }),
  teams: nestedOf(z.object({ id: z.string(), key: z.string() })),
  projectMilestones: nestedOf(
    z.object({ id: z.string(), name: z.string(), targetDate: z.string().nullable(), sortOrder: z.number() }),
  ),
  initiatives: nestedOf(z.object({ id: z.string(), name: z.string() })),
});
export type ProjectNode = z.infer<typeof ProjectNodeSchema>;

/** Projects ordered by last change, for incremental sync. */
export const ProjectsPage = defineDocument<Page<'projects', ProjectNode>, PageVars>(
  /* GraphQL */ `
  query ProjectsPage($first: Int!, $after: String, $filter: ProjectFilter) {
    projects(first: $first, after: $after, filter: $filter, orderBy: updatedAt, includeArchived: true) {
      nodes {
        id slugId name description url priority progress startDate targetDate
        updatedAt completedAt canceledAt archivedAt
        status { id name type }
        teams(first: 10) { nodes { id key } pageInfo { hasNextPage } }
        projectMilestones(first: 25) { nodes { id name targetDate sortOrder } pageInfo { hasNextPage } }
        initiatives(first: 10) { nodes { id name } pageInfo { hasNextPage } }
      }
      pageInfo { hasNextPage endCursor }
    }
  }`,
  z.object({ projects: connectionOf(ProjectNodeSchema) }),
);

/** An initiative and its projects. */
export const InitiativeNodeSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  url: z.string(),
  status: z.string(),
  targetDate: z.string().nullable(),
  updatedAt: z.string(),
  archivedAt: z.string().nullable(),
  projects: nestedOf(z.object({ id: z.string() })),
});
export type InitiativeNode = z.infer<typeof InitiativeNodeSchema>;

/** Initiatives ordered by last change. */
export const InitiativesPage = defineDocument<Page<'initiatives', InitiativeNode>, PageVars>(
  /* GraphQL */ `
  query InitiativesPage($first: Int!, $after: String, $filter: InitiativeFilter) {
    initiatives(first: $first, after: $after, filter: $filter, orderBy: updatedAt, includeArchived: true) {
      nodes {
        id name description url status targetDate updatedAt archivedAt
        projects(first: 50) { nodes { id } pageInfo { hasNextPage } }
      }
      pageInfo { hasNextPage endCursor }
    }
  }`,
  z.object({ initiatives: connectionOf(InitiativeNodeSchema) }),
);

/** A cycle with its daily scope history: the source of a team's velocity. */
export const CycleNodeSchema = z.object({
  id: z.string(),
  number: z.number(),
  name: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  completedAt: z.string().nullable(),
  isActive: z.boolean(),
  isFuture: z.boolean(),
  isPast: z.boolean(),
  updatedAt: z.string(),
  team: z.object({ id: z.string(), key: z.string() }),
  scopeHistory: z.array(z.number()),
  completedScopeHistory: z.array(z.number()),
  issueCountHistory: z.array(z.number()),
  completedIssueCountHistory: z.array(z.number()),
});
export type CycleNode = z.infer<typeof CycleNodeSchema>;

/** Cycles with history, ordered by last change. */
export const CyclesPage = defineDocument<Page<'cycles', CycleNode>, PageVars>(
  /* GraphQL */ `
  query CyclesPage($first: Int!, $after: String, $filter: CycleFilter) {
    cycles(first: $first, after: $after, filter: $filter, orderBy: updatedAt, includeArchived: true) {
      nodes {
        id number name startsAt endsAt completedAt isActive isFuture isPast updatedAt
        team { id key }
        scopeHistory completedScopeHistory issueCountHistory completedIssueCountHistory
      }
      pageInfo { hasNextPage endCursor }
    }
  }`,
  z.object({ cycles: connectionOf(CycleNodeSchema) }),
);

/** A customer request with the issue or project it asks for. */
export const CustomerNeedWithTargetSchema = CustomerNeedNodeSchema.extend({
  updatedAt: z.string(),
  archivedAt: z.string().nullable(),
  issue: z.object({ id: z.string(), identifier: z.string() }).nullable(),
  project: z.object({ id: z.string() }).nullable(),
});
export type CustomerNeedWithTarget = z.infer<typeof CustomerNeedWithTargetSchema>;

/** Every customer request (issue- and project-level), ordered by last change. */
export const CustomerNeedsPage = defineDocument<Page<'customerNeeds', CustomerNeedWithTarget>, PageVars>(
  /* GraphQL */ `
  query CustomerNeedsPage($first: Int!, $after: String, $filter: CustomerNeedFilter) {
    customerNeeds(first: $first, after: $after, filter: $filter, orderBy: updatedAt, includeArchived: true) {
      nodes {
        id priority body createdAt updatedAt archivedAt
        issue { id identifier }
        project { id }
        customer { id name revenue size tier { id name displayName } }
      }
      pageInfo { hasNextPage endCursor }
    }
  }`,
  z.object({ customerNeeds: connectionOf(CustomerNeedWithTargetSchema) }),
);

/** Teams with the settings that matter to planning and triage. */
export const TeamNodeSchema = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  cyclesEnabled: z.boolean(),
  triageEnabled: z.boolean(),
  issueEstimationType: z.string(),
});
export type TeamNode = z.infer<typeof TeamNodeSchema>;

/** All teams the token can see. */
export const TeamsPage = defineDocument<Page<'teams', TeamNode>, { first: number; after: string | null }>(
  /* GraphQL */ `
  query TeamsPage($first: Int!, $after: String) {
    teams(first: $first, after: $after) {
      nodes { id key name cyclesEnabled triageEnabled issueEstimationType }
      pageInfo { hasNextPage endCursor }
    }
  }`,
  z.object({ teams: connectionOf(TeamNodeSchema) }),
);

const RelationsRestSchema = z.object({
  issue: z.object({
    id: z.string(),
    labels: nestedOf(z.object({ id: z.string(), name: z.string() })),
    relations: nestedOf(RelationNodeSchema),
    inverseRelations: nestedOf(RelationNodeSchema),
    needs: nestedOf(CustomerNeedNodeSchema),
  }),
});

/**
 * The rare follow-up for an issue whose nested lists overflowed the bulk page's inline slice.
 * 250 is Linear's page maximum; more than that on one issue is reported, not silently cut.
 */
export const IssueRelationsRest = defineDocument<z.infer<typeof RelationsRestSchema>, { id: string }>(
  /* GraphQL */ `
  query IssueRelationsRest($id: String!) {
    issue(id: $id) {
      id
      labels(first: 250) { nodes { id name } pageInfo { hasNextPage } }
      relations(first: 250) {
        nodes { id type issue { id identifier } relatedIssue { id identifier } }
        pageInfo { hasNextPage }
      }
      inverseRelations(first: 250) {
        nodes { id type issue { id identifier } relatedIssue { id identifier } }
        pageInfo { hasNextPage }
      }
      needs(first: 250) {
        nodes { id priority body createdAt customer { id name revenue size tier { id name displayName } } }
        pageInfo { hasNextPage }
      }
    }
  }`,
  RelationsRestSchema,
);
