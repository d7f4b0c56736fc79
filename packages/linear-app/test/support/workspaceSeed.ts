import type { Store } from '../../src/storage/store';
import { createSnapshotStore, type SnapshotStore } from '../../src/sync/snapshotStore';
import { conn, issueFixture } from './linearFixtures';

/** The organization id of the seeded workspace. */
export const SEED_ORG = 'org-seed';
/** A title that must render as text, never as markup. */
export const XSS_TITLE = '<img src=x onerror=alert(1)>';

const team = {
  id: 'team-eng',
  key: 'ENG',
  name: 'Engineering',
  cyclesEnabled: true,
  triageEnabled: true,
  issueEstimationType: 'fibonacci',
  updatedAt: '',
};

function cycle(
  n: number,
  startsAt: string,
  endsAt: string,
  kind: 'past' | 'active' | 'future',
  completed: number[],
) {
  return {
    id: `cycle-${n}`,
    number: n,
    name: null,
    startsAt,
    endsAt,
    completedAt: kind === 'past' ? endsAt : null,
    isActive: kind === 'active',
    isFuture: kind === 'future',
    isPast: kind === 'past',
    updatedAt: startsAt,
    team: { id: team.id, key: team.key },
    scopeHistory: completed.map((c) => c + 5),
    completedScopeHistory: completed,
    issueCountHistory: completed.map(() => 5),
    completedIssueCountHistory: completed.map(() => 3),
  };
}

const customer = (id: string, name: string, revenue: number, size: number, tier: string) => ({
  id,
  name,
  revenue,
  size,
  tier: { id: `tier-${tier}`, name: tier, displayName: tier },
});
const acme = customer('cust-acme', 'Acme <b>Corp</b>', 240_000, 900, 'enterprise');
const globex = customer('cust-globex', 'Globex', 30_000, 40, 'pro');
const need = (id: string, c: typeof acme | null, priority = 0) => ({
  id,
  priority,
  body: `request ${id}`,
  createdAt: '2026-01-10T00:00:00.000Z',
  customer: c,
});

/**
 * Seeds a realistic synced workspace: team ENG with three finished cycles (velocity 10, 12, 14
 * → 12), an active cycle and three upcoming ones; issues with estimates, priorities, a blocker
 * chain, customer requests (one marked important) and an XSS title; two projects in an initiative.
 *
 * @example
 * const snapshots = await seedWorkspace(store);
 */
export async function seedWorkspace(store: Store): Promise<SnapshotStore> {
  const snapshots = createSnapshotStore(store);
  const project = {
    id: 'proj-inbox',
    slugId: 'inbox-1a2b',
    name: 'Unified inbox',
    description: 'One queue',
    url: 'https://linear.app/acme/project/inbox-1a2b',
    priority: 2,
    progress: 0.4,
    startDate: '2026-01-05',
    targetDate: '2026-04-30',
    updatedAt: '2026-01-05T00:00:00.000Z',
    completedAt: null,
    canceledAt: null,
    archivedAt: null,
    status: { id: 'ps-started', name: 'In Progress', type: 'started' },
    teams: conn([{ id: team.id, key: team.key }]),
    projectMilestones: conn([
      { id: 'ms-1', name: 'Beta', targetDate: '2026-03-01', sortOrder: 1 },
      { id: 'ms-2', name: 'GA <launch>', targetDate: '2026-04-15', sortOrder: 2 },
    ]),
    initiatives: conn([{ id: 'init-1', name: 'Support 2.0' }]),
  };
  const project2 = {
    ...project,
    id: 'proj-xss',
    slugId: 'xss-9z',
    name: XSS_TITLE,
    url: 'https://linear.app/acme/project/xss-9z',
    startDate: '2026-03-01',
    targetDate: '2026-06-30',
    status: { id: 'ps-planned', name: 'Planned', type: 'planned' },
  };
  const initiative = {
    id: 'init-1',
    name: 'Support 2.0',
    description: null,
    url: 'https://linear.app/acme/initiative/support-2',
    status: 'Active',
    targetDate: '2026-06-30',
    updatedAt: '2026-01-01T00:00:00.000Z',
    archivedAt: null,
    projects: conn([{ id: project.id }, { id: project2.id }]),
  };
  const inProject = { project: { id: project.id, name: project.name } };
  const issues = [
    issueFixture(1, {
      title: 'Merge duplicate conversations',
      estimate: 5,
      priority: 2,
      ...inProject,
      needs: conn([need('n1', acme, 1), need('n2', globex)]),
    }),
    issueFixture(2, {
      title: XSS_TITLE,
      estimate: 3,
      priority: 1,
      ...inProject,
      needs: conn([need('n3', globex)]),
    }),
    issueFixture(3, {
      title: 'Collision detection',
      estimate: 8,
      priority: 3,
      needs: conn([need('n4', acme)]),
    }),
    issueFixture(4, {
      title: 'Shared drafts',
      estimate: 5,
      priority: 3,
      cycle: { id: 'cycle-6', number: 6, name: null },
      needs: conn([need('n5', null)]),
    }),
    issueFixture(5, { title: 'Channel badge', estimate: 2, priority: 4, needs: conn([need('n6', globex)]) }),
    issueFixture(6, {
      title: 'Blocked follow-up',
      estimate: 3,
      priority: 2,
      needs: conn([need('n7', acme)]),
      inverseRelations: conn([
        {
          id: 'rel-1',
          type: 'blocks',
          issue: { id: 'issue-3', identifier: 'ENG-3' },
          relatedIssue: { id: 'issue-6', identifier: 'ENG-6' },
        },
      ]),
    }),
    issueFixture(7, { title: 'No estimate yet', estimate: null, priority: 2 }),
    issueFixture(8, {
      title: 'Active cycle work',
      estimate: 3,
      state: { id: 's-started', name: 'In Progress', type: 'started' },
      cycle: { id: 'cycle-4', number: 4, name: null },
    }),
    issueFixture(9, {
      title: 'Shipped',
      estimate: 2,
      state: { id: 's-done', name: 'Done', type: 'completed' },
      completedAt: '2026-01-20T00:00:00.000Z',
    }),
  ];
  const needs = issues.flatMap((i) =>
    (i.needs as { nodes: ReturnType<typeof need>[] }).nodes.map((n) => ({
      ...n,
      updatedAt: n.createdAt,
      archivedAt: null,
      issue: { id: i.id, identifier: i.identifier },
      project: null,
    })),
  );
  const cycles = [
    cycle(1, '2026-01-05T00:00:00.000Z', '2026-01-19T00:00:00.000Z', 'past', [0, 4, 10]),
    cycle(2, '2026-01-19T00:00:00.000Z', '2026-02-02T00:00:00.000Z', 'past', [0, 6, 12]),
    cycle(3, '2026-02-02T00:00:00.000Z', '2026-02-16T00:00:00.000Z', 'past', [0, 9, 14]),
    cycle(4, '2026-02-16T00:00:00.000Z', '2026-03-02T00:00:00.000Z', 'active', [0, 2]),
    cycle(5, '2026-03-02T00:00:00.000Z', '2026-03-16T00:00:00.000Z', 'future', []),
    cycle(6, '2026-03-16T00:00:00.000Z', '2026-03-30T00:00:00.000Z', 'future', []),
    cycle(7, '2026-03-30T00:00:00.000Z', '2026-04-13T00:00:00.000Z', 'future', []),
  ];
  const rows = <T extends { id: string; updatedAt: string }>(list: T[]) =>
    list.map((d) => ({ id: d.id, updatedAt: d.updatedAt, data: d }));
  await snapshots.upsert(SEED_ORG, 'teams', rows([team]));
  await snapshots.upsert(SEED_ORG, 'cycles', rows(cycles));
  await snapshots.upsert(SEED_ORG, 'issues', rows(issues));
  await snapshots.upsert(SEED_ORG, 'projects', rows([project, project2]));
  await snapshots.upsert(SEED_ORG, 'initiatives', rows([initiative]));
  await snapshots.upsert(SEED_ORG, 'customerNeeds', rows(needs));
  for (const entity of ['teams', 'cycles', 'issues', 'projects', 'initiatives', 'customerNeeds'] as const) {
    await snapshots.setCursor(SEED_ORG, entity, '2026-02-20T00:00:00.000Z', Date.UTC(2026, 1, 20));
  }
  return snapshots;
}
