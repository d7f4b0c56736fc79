// Builders shared by the roadmap tests and benchmark. Not exported from the package barrel.

import { fromDayNumber, toDayNumber } from '../../calendar/dayNumber';
import type { Release, WorkItem, WorkItemInput } from '../../model/index';
import { ReleaseSchema, WorkItemSchema } from '../../model/index';
import { seededRandom } from '../../random/seededRandom';

/**
 * A parsed work item with sensible defaults; `key` is the only thing most tests care about.
 *
 * @example
 * const i = workItem({ key: 'PM-1', statusCategory: 'in_progress' });
 */
export function workItem(overrides: Partial<WorkItemInput> & { key: string }): WorkItem {
  return WorkItemSchema.parse({
    id: overrides.key,
    title: `Item ${overrides.key}`,
    statusCategory: 'todo',
    ...overrides,
  });
}

/**
 * A parsed release.
 *
 * @example
 * const r = release({ id: 'r1', name: 'v1', start: '2026-01-05', end: '2026-01-30' });
 */
export function release(overrides: Partial<Release> & { id: string }): Release {
  return ReleaseSchema.parse({ name: overrides.id, ...overrides });
}

/** Today in the sample product backlog. */
export const SAMPLE_TODAY = '2026-02-11';

/**
 * A small but realistic product backlog: initiatives, epics with stories, releases, labels,
 * dependencies, one late epic and an XSS title, for examples, screenshots and tests.
 *
 * @example
 * const { items, releases } = sampleProductBacklog();
 */
export function sampleProductBacklog(): {
  items: WorkItem[];
  releases: Release[];
  scores: Map<string, number>;
} {
  const releases = [
    release({ id: 'r-14', name: 'v1.4', start: '2026-01-05', end: '2026-01-30', released: true }),
    release({ id: 'r-15', name: 'v1.5', start: '2026-02-02', end: '2026-02-27' }),
    release({ id: 'r-16', name: 'v1.6', start: '2026-03-02', end: '2026-03-27' }),
    release({ id: 'r-17', name: 'v1.7', start: '2026-03-30', end: '2026-04-24' }),
  ];
  const s = (
    key: string,
    parentKey: string,
    statusCategory: WorkItem['statusCategory'],
    points: number,
    more: Partial<WorkItemInput> = {},
  ) =>
    workItem({
      key,
      parentKey,
      statusCategory,
      type: 'Story',
      estimate: { value: points, unit: 'points' },
      ...more,
    });
  const items = [
    workItem({
      key: 'PM-1',
      type: 'Epic',
      title: 'Bulk edit for issues',
      initiative: 'Power users',
      project: 'Web app',
      team: 'Core',
      assignee: 'Ana Silva',
      labels: ['editor', 'ux'],
      statusCategory: 'in_progress',
      status: 'In Progress',
      release: 'v1.5',
      startDate: '2026-01-19',
      targetDate: '2026-02-27',
      rank: 1,
    }),
    s('PM-2', 'PM-1', 'done', 3, {
      title: 'Select many rows',
      completedAt: '2026-02-03T10:00:00Z',
      release: 'v1.5',
    }),
    s('PM-3', 'PM-1', 'in_progress', 5, { title: 'Edit panel', targetDate: '2026-02-20' }),
    s('PM-4', 'PM-1', 'todo', 8, { title: 'Undo a bulk change', targetDate: '2026-03-06' }),
    workItem({
      key: 'PM-5',
      type: 'Epic',
      title: 'SAML single sign-on',
      initiative: 'Enterprise readiness',
      project: 'Platform',
      team: 'Identity',
      assignee: 'Kofi Mensah',
      labels: ['security'],
      statusCategory: 'in_progress',
      status: 'In Review',
      release: 'v1.5',
      startDate: '2026-01-12',
      targetDate: '2026-02-13',
      rank: 2,
      blocks: ['PM-9'],
    }),
    s('PM-6', 'PM-5', 'done', 5, { title: 'Okta metadata import' }),
    s('PM-7', 'PM-5', 'in_progress', 3, { title: 'Just-in-time provisioning', targetDate: '2026-02-24' }),
    workItem({
      key: 'PM-8',
      type: 'Epic',
      title: 'Audit log export to S3, Splunk and Datadog with field-level filters',
      initiative: 'Enterprise readiness',
      project: 'Platform',
      team: 'Identity',
      labels: ['security', 'compliance'],
      release: 'v1.6',
      startDate: '2026-03-02',
      targetDate: '2026-03-27',
      rank: 4,
    }),
    workItem({
      key: 'PM-9',
      type: 'Epic',
      title: 'SCIM user provisioning',
      initiative: 'Enterprise readiness',
      project: 'Platform',
      team: 'Identity',
      labels: ['security'],
      release: 'v1.6',
      startDate: '2026-02-09',
      targetDate: '2026-03-13',
      rank: 5,
      blockedBy: ['PM-5'],
    }),
    workItem({
      key: 'PM-10',
      type: 'Epic',
      title: 'Roadmap sharing links',
      initiative: 'Collaboration',
      project: 'Web app',
      team: 'Growth',
      assignee: 'Mia Chen',
      labels: ['sharing'],
      release: 'v1.6',
      rank: 3,
    }),
    workItem({
      key: 'PM-11',
      type: 'Epic',
      title: 'Slack notifications',
      initiative: 'Collaboration',
      project: 'Integrations',
      team: 'Growth',
      labels: ['integrations'],
      release: 'v1.7',
      startDate: '2026-03-30',
      targetDate: '2026-04-24',
      rank: 6,
    }),
    workItem({
      key: 'PM-12',
      type: 'Epic',
      title: 'Mobile offline mode',
      initiative: 'Mobile',
      project: 'Mobile',
      team: 'Mobile',
      labels: ['mobile'],
      rank: 9,
    }),
    workItem({
      key: 'PM-13',
      type: 'Epic',
      title: 'Dark mode',
      initiative: 'Power users',
      project: 'Web app',
      team: 'Core',
      labels: ['ux'],
      startDate: '2026-04-06',
      targetDate: '2026-05-15',
      rank: 8,
    }),
    workItem({
      key: 'PM-14',
      type: 'Epic',
      title: 'Usage-based billing',
      initiative: 'Monetisation',
      project: 'Billing',
      team: 'Payments',
      assignee: 'Ravi Patel',
      labels: ['billing'],
      startDate: '2026-02-16',
      targetDate: '2026-03-20',
      rank: 7,
      blocks: ['PM-15'],
    }),
    workItem({
      key: 'PM-15',
      type: 'Epic',
      title: 'Self-serve plan upgrades',
      initiative: 'Monetisation',
      project: 'Billing',
      team: 'Payments',
      labels: ['billing', 'growth'],
      startDate: '2026-03-09',
      targetDate: '2026-04-10',
      rank: 10,
    }),
    workItem({
      key: 'PM-16',
      type: 'Idea',
      title: 'AI summaries of feedback threads',
      initiative: 'Insights',
      labels: ['ai'],
      rank: 11,
    }),
    workItem({
      key: 'PM-17',
      type: 'Idea',
      title: 'Public changelog page',
      initiative: 'Collaboration',
      labels: ['sharing'],
      rank: 12,
    }),
    workItem({
      key: 'PM-18',
      type: 'Epic',
      title: 'Keyboard shortcuts everywhere',
      initiative: 'Power users',
      project: 'Web app',
      team: 'Core',
      labels: ['ux'],
      targetDate: '2026-01-30',
      statusCategory: 'done',
      release: 'v1.4',
      completedAt: '2026-01-29T16:00:00Z',
      rank: 13,
    }),
    workItem({
      key: 'PM-19',
      type: 'Idea',
      title: 'Custom fields on ideas',
      initiative: 'Insights',
      labels: ['editor'],
      rank: 14,
    }),
    workItem({
      key: 'PM-20',
      type: 'Idea',
      title: 'Legacy XML import',
      canceled: true,
      statusCategory: 'done',
      status: "Won't Do",
    }),
    workItem({
      key: 'PM-21',
      type: 'Milestone',
      title: 'Enterprise launch event',
      initiative: 'Enterprise readiness',
      targetDate: '2026-04-02',
      rank: 15,
    }),
  ];
  const scores = new Map<string, number>([
    ['PM-1', 84],
    ['PM-5', 120],
    ['PM-8', 66],
    ['PM-9', 72],
    ['PM-10', 58],
    ['PM-11', 31],
    ['PM-12', 44],
    ['PM-13', 22],
    ['PM-14', 95],
    ['PM-15', 61],
    ['PM-16', 52.5],
    ['PM-17', 18],
    ['PM-19', 12.25],
  ]);
  return { items, releases, scores };
}

/**
 * A deterministic synthetic backlog of `count` items (about a third with children and dates,
 * some scheduled only by release) with `dependencies` links, for the benchmark.
 *
 * @example
 * const { items, releases } = syntheticBacklog({ count: 10_000, dependencies: 2_000 });
 */
export function syntheticBacklog(options: { count: number; dependencies: number; seed?: number }): {
  items: WorkItem[];
  releases: Release[];
  scores: Map<string, number>;
} {
  // Seeded, so benchmark runs compare like with like.
  const random = seededRandom(options.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const base = toDayNumber('2026-01-05');
  const releases = Array.from({ length: 12 }, (_, i) =>
    release({
      id: `r${i}`,
      name: `v2.${i}`,
      start: fromDayNumber(base + i * 28),
      end: fromDayNumber(base + i * 28 + 27),
      released: i < 2,
    }),
  );
  const initiatives = ['Growth', 'Enterprise', 'Mobile', 'Platform', 'Insights', 'Billing', 'Quality', 'AI'];
  const teams = ['Core', 'Identity', 'Growth', 'Mobile', 'Payments', 'Data'];
  const blockedBy: string[][] = Array.from({ length: options.count }, () => []);
  for (let d = 0; d < options.dependencies; d++) {
    const to = 1 + Math.floor(random() * (options.count - 1));
    const from = Math.floor(random() * to);
    blockedBy[to]!.push(`S-${from}`);
  }
  const scores = new Map<string, number>();
  const items = Array.from({ length: options.count }, (_, i) => {
    const key = `S-${i}`;
    const roll = random();
    const start = base + Math.floor(random() * 300);
    const dated = roll < 0.55;
    const inRelease = roll >= 0.55 && roll < 0.8;
    scores.set(key, Math.round(random() * 1000) / 10);
    return workItem({
      key,
      title: `Synthetic item ${i} ${pick(['import', 'export', 'sync', 'report', 'search', 'billing'])}`,
      statusCategory: pick(['todo', 'todo', 'in_progress', 'done'] as const),
      initiative: random() < 0.9 ? pick(initiatives) : undefined,
      team: pick(teams),
      labels: random() < 0.7 ? [pick(['ux', 'api', 'perf', 'security'])] : [],
      parentKey: i > 50 && random() < 0.4 ? `S-${Math.floor(random() * 50)}` : undefined,
      startDate: dated ? fromDayNumber(start) : undefined,
      targetDate: dated ? fromDayNumber(start + 3 + Math.floor(random() * 60)) : undefined,
      release: inRelease ? pick(releases).name : undefined,
      rank: i,
      blockedBy: blockedBy[i],
      estimate: { value: pick([1, 2, 3, 5, 8]), unit: 'points' },
    });
  });
  return { items, releases, scores };
}
