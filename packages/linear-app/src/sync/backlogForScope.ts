import {
  type Backlog,
  BacklogSchema,
  type CustomerInput,
  type FeedbackInput,
  type Problem,
  type ProblemCode,
  type ReleaseInput,
  type Result,
  type WorkItemInput,
} from '@trailmap/core';
import { mapCustomer, mapCustomerNeed, mapCycle, mapIssue, mapProject } from '@trailmap/trackers';
import type { WorkspaceData } from './workspaceData';

/** What a roadmap, score or plan page is about. */
export type RoadmapScope =
  | { kind: 'workspace' }
  | { kind: 'team'; key: string }
  | { kind: 'project'; id: string }
  | { kind: 'initiative'; id: string };

/** A scope's backlog, ready for core, with a title for the page. */
export interface ScopedBacklog {
  backlog: Backlog;
  title: string;
  /** Linear URL of each item key, for links back into Linear. */
  urls: Map<string, string>;
}

/** Why a scope cannot be shown: core's codes, or a scope id the mirror does not have. */
export type ScopeProblem = Problem<ProblemCode | 'not_found'>;

/**
 * Builds the backlog a page shows. Workspace and initiative roadmaps show projects (as Linear's
 * own roadmap does), with Reach from requests on the project or any of its issues; team and
 * project roadmaps show issues, with the team's cycles or the project's milestones as releases.
 *
 * @example
 * const scoped = backlogForScope(data, { kind: 'team', key: 'ENG' });
 */
export function backlogForScope(
  data: WorkspaceData,
  scope: RoadmapScope,
): Result<ScopedBacklog, ScopeProblem> {
  const projectDates = new Map(
    data.projects.map((p) => [p.id, { start: p.startDate ?? undefined, target: p.targetDate ?? undefined }]),
  );
  const initiativeByProject = new Map<string, string>();
  for (const i of data.initiatives) for (const p of i.projects.nodes) initiativeByProject.set(p.id, i.name);
  const customers = new Map<string, CustomerInput>();
  const feedback: FeedbackInput[] = [];
  const urls = new Map<string, string>();

  let items: WorkItemInput[];
  let releases: ReleaseInput[] = [];
  let title: string;
  switch (scope.kind) {
    case 'team': {
      const team = data.teams.find((t) => t.key.toLowerCase() === scope.key.toLowerCase());
      if (!team) return notFound('team', scope.key);
      const issues = data.issues.filter((i) => i.team.id === team.id);
      items = issues.map((i) => mapIssue(i, { projectDates, initiativeByProject }));
      releases = data.cycles
        .filter((c) => c.team.id === team.id)
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
        .map(mapCycle);
      for (const i of issues) urls.set(i.identifier, i.url);
      title = `${team.name} roadmap`;
      break;
    }
    case 'project': {
      const project = data.projects.find((p) => p.id === scope.id || p.slugId === scope.id);
      if (!project) return notFound('project', scope.id);
      const issues = data.issues.filter((i) => i.project?.id === project.id);
      items = issues.map((i) => {
        const item = mapIssue(i, { projectDates, initiativeByProject });
        // Within a project, milestones are the releases.
        if (i.projectMilestone) item.release = i.projectMilestone.id;
        else delete item.release;
        return item;
      });
      releases = [...project.projectMilestones.nodes]
        .sort((a, b) => a.sortOrder - b.sortOrder)
        .map((m) => ({ id: m.id, name: m.name, ...(m.targetDate ? { end: m.targetDate } : {}) }));
      for (const i of issues) urls.set(i.identifier, i.url);
      title = project.name;
      break;
    }
    case 'initiative':
    case 'workspace': {
      let projects = data.projects;
      title = 'Workspace roadmap';
      if (scope.kind === 'initiative') {
        const initiative = data.initiatives.find((i) => i.id === scope.id);
        if (!initiative) return notFound('initiative', scope.id);
        const ids = new Set(initiative.projects.nodes.map((p) => p.id));
        projects = projects.filter((p) => ids.has(p.id));
        title = initiative.name;
      }
      items = projects.map((p) => ({ ...mapProject(p), estimate: projectEstimate(data, p.id) }));
      for (const p of projects) urls.set(p.slugId, p.url);
      break;
    }
  }

  const keyOfIssue = new Map(data.issues.map((i) => [i.id, i.identifier]));
  const slugOfProject = new Map(data.projects.map((p) => [p.id, p.slugId]));
  const projectOfIssue = new Map(data.issues.map((i) => [i.id, i.project?.id]));
  const inScope = new Set(items.map((i) => i.key));
  for (const need of data.customerNeeds) {
    const keys = new Set<string>();
    const issueKey = need.issue ? (keyOfIssue.get(need.issue.id) ?? need.issue.identifier) : undefined;
    if (issueKey) keys.add(issueKey);
    const projectId = need.project?.id ?? (need.issue ? projectOfIssue.get(need.issue.id) : undefined);
    const slug = projectId ? slugOfProject.get(projectId) : undefined;
    if (slug) keys.add(slug);
    const relevant = [...keys].filter((k) => inScope.has(k));
    if (relevant.length === 0) continue;
    if (need.customer) customers.set(need.customer.id, mapCustomer(need.customer));
    feedback.push(mapCustomerNeed(need, relevant));
  }
  const parsed = BacklogSchema.safeParse({ items, releases, customers: [...customers.values()], feedback });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail({
      field: issue?.path.join('.') ?? '',
      code: 'invalid',
      message: issue?.message ?? 'invalid data',
    });
  }
  return { ok: true, value: { backlog: parsed.data, title, urls } };
}

/** A project's size for planning: the sum of its open issues' estimates. */
function projectEstimate(data: WorkspaceData, projectId: string) {
  const points = data.issues
    .filter((i) => i.project?.id === projectId && i.completedAt === null && i.canceledAt === null)
    .reduce((sum, i) => sum + (i.estimate ?? 0), 0);
  return points > 0 ? { value: points, unit: 'points' as const } : undefined;
}

function notFound(what: string, id: string): Result<never, ScopeProblem> {
  return fail({
    field: what,
    code: 'not_found',
    message: `no ${what} “${id}” in this workspace (has it synced yet?)`,
  });
}

function fail(problem: ScopeProblem): Result<never, ScopeProblem> {
  return { ok: false, problems: [problem] };
}
