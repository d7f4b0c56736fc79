/**
 * Fixture builders for Linear entities served by the schema-generated mock. Only the fields a test
 * asserts on are given; `@graphql-tools/mock` fills every other field from the schema.
 */

type Conn<T> = { nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

/** A nested connection of `nodes` with no further pages. */
export function conn<T>(nodes: T[]): Conn<T> {
  return { nodes, pageInfo: { hasNextPage: false, endCursor: null } };
}

/** Overrides of an issue fixture. */
export interface IssueFixture {
  id: string;
  identifier: string;
  title: string;
  updatedAt: string;
  [field: string]: unknown;
}

/**
 * An issue with deterministic defaults: team ENG, backlog state, no labels or relations.
 *
 * @example
 * issueFixture(7, { title: 'Bulk edit' }).identifier; // => 'ENG-7'
 */
export function issueFixture(n: number, overrides: Partial<IssueFixture> = {}): IssueFixture {
  return {
    id: `issue-${n}`,
    identifier: `ENG-${n}`,
    title: `Issue ${n}`,
    description: null,
    priority: n % 5,
    estimate: (n % 8) + 1,
    sortOrder: n,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString(),
    completedAt: null,
    canceledAt: null,
    archivedAt: null,
    dueDate: null,
    url: `https://linear.app/acme/issue/ENG-${n}`,
    state: { id: 'state-backlog', name: 'Backlog', type: 'backlog' },
    team: { id: 'team-eng', key: 'ENG', name: 'Engineering' },
    assignee: null,
    project: null,
    projectMilestone: null,
    cycle: null,
    parent: null,
    labels: conn([]),
    relations: conn([]),
    inverseRelations: conn([]),
    needs: conn([]),
    ...overrides,
  };
}

/** `first`/`after`/`filter` arguments of a connection field. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  filter?: { updatedAt?: { gt?: string } } | null;
}

/**
 * Serves `rows` as a Linear connection: honours `first`, `after` (cursor = row id) and the
 * `updatedAt.gt` filter, ordered by `updatedAt` like the real API.
 *
 * @example
 * const resolvers = () => ({ Query: { issues: (_: unknown, args: PageArgs) => pageOf(issues, args) } });
 */
export function pageOf<T extends { id: string; updatedAt: string }>(
  rows: readonly T[],
  args: PageArgs,
): Conn<T> {
  const since = args.filter?.updatedAt?.gt;
  const sorted = rows
    .filter((r) => !since || r.updatedAt > since)
    .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
  const start = args.after ? sorted.findIndex((r) => r.id === args.after) + 1 : 0;
  const first = args.first ?? 50;
  const nodes = sorted.slice(start, start + first);
  const hasNextPage = start + first < sorted.length;
  return { nodes, pageInfo: { hasNextPage, endCursor: nodes.at(-1)?.id ?? null } };
}

/** Rate-limit headers in Linear's format (reset = epoch ms). */
export function rateLimitHeaders(b: {
  requestsRemaining: number;
  requestsResetAt: number;
  complexityRemaining?: number;
  complexityResetAt?: number;
  complexity?: number;
}): Record<string, string> {
  return {
    'x-ratelimit-requests-limit': '5000',
    'x-ratelimit-requests-remaining': String(b.requestsRemaining),
    'x-ratelimit-requests-reset': String(b.requestsResetAt),
    'x-ratelimit-complexity-limit': '250000',
    'x-ratelimit-complexity-remaining': String(b.complexityRemaining ?? 200_000),
    'x-ratelimit-complexity-reset': String(b.complexityResetAt ?? b.requestsResetAt),
    'x-complexity': String(b.complexity ?? 500),
  };
}

/** A fake clock whose `sleep` advances time instead of waiting, recording each pause. */
export function fakeTime(start = Date.UTC(2026, 2, 1, 12)) {
  let now = start;
  const sleeps: number[] = [];
  return {
    clock: { now: () => now },
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
    sleeps,
    advance: (ms: number) => {
      now += ms;
    },
  };
}
