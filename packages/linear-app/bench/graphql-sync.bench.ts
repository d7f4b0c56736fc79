// GraphQL requests needed to mirror a 10,000-issue Linear workspace with every relation, counted
// against the schema-generated msw mock: Trailmap's one nested paginated query versus the SDK's
// lazy models (list issues, then touch assignee/state/team/project/cycle/labels/relations/needs).
// Run: pnpm bench graphql-sync
import { performance } from 'node:perf_hooks';
import { LinearClient } from '@linear/sdk';
import { createLinearApi } from '../src/linear/linearApi';
import { migrate } from '../src/storage/migrate';
import { openSqliteStore } from '../src/storage/sqliteStore';
import { createSnapshotStore } from '../src/sync/snapshotStore';
import { syncWorkspace } from '../src/sync/syncWorkspace';
import { conn, issueFixture, type PageArgs, pageOf } from '../test/support/linearFixtures';
import { createLinearMock } from '../test/support/linearMock';
import { schemaMissing } from '../test/support/linearSchema';

if (schemaMissing) {
  console.log(`skipped: ${schemaMissing}`);
  process.exit(0);
}

const N = 10_000;
const SDK_N = 200;

function workspace(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const k = i + 1;
    return issueFixture(k, {
      assignee: { id: `user-${k % 7}`, name: `User ${k % 7}` },
      project: { id: `proj-${k % 20}`, name: `Project ${k % 20}` },
      cycle: { id: `cycle-${k % 6}`, number: k % 6, name: null },
      labels: conn([
        { id: `lbl-${k % 5}`, name: `label-${k % 5}` },
        { id: 'lbl-bug', name: 'Bug' },
      ]),
      relations:
        k > 1
          ? conn([
              {
                id: `rel-${k}`,
                type: 'blocks',
                issue: { id: `issue-${k}`, identifier: `ENG-${k}` },
                relatedIssue: { id: `issue-${k - 1}`, identifier: `ENG-${k - 1}` },
              },
            ])
          : conn([]),
      needs: conn([
        {
          id: `need-${k}`,
          priority: 0,
          body: 'please',
          createdAt: '2026-01-01T00:00:00.000Z',
          customer: {
            id: `cust-${k % 50}`,
            name: `Customer ${k % 50}`,
            revenue: 1000 * (k % 50),
            size: 10,
            tier: null,
          },
        },
      ]),
    });
  });
}

async function trailmapSync(pageSize: number) {
  const issues = workspace(N);
  const mock = createLinearMock({
    resolvers: () => ({ Query: { issues: (_: unknown, args: PageArgs) => pageOf(issues, args) } }),
  });
  mock.server.listen({ onUnhandledRequest: 'error' });
  const store = openSqliteStore(':memory:');
  await migrate(store);
  const api = createLinearApi({ accessToken: 'bench', sleep: async () => {} });
  const started = performance.now();
  const report = await syncWorkspace({
    api,
    snapshots: createSnapshotStore(store),
    organizationId: 'bench',
    clock: { now: () => Date.UTC(2026, 5, 1) },
    pageSize,
    entities: ['issues'],
  });
  const seconds = (performance.now() - started) / 1000;
  mock.server.close();
  await store.close();
  if (!report.ok) throw new Error(`sync failed: ${report.error?.message}`);
  mock.assertAllValid();
  return { requests: mock.operations.length, rows: report.entities.issues?.rows ?? 0, seconds };
}

async function sdkLazy() {
  const issues = workspace(SDK_N);
  const mock = createLinearMock({
    resolvers: () => ({
      Query: {
        issues: (_: unknown, args: PageArgs) => pageOf(issues, args),
        issue: (_: unknown, args: { id: string }) => issues.find((i) => i.id === args.id) ?? issues[0],
      },
    }),
  });
  mock.server.listen({ onUnhandledRequest: 'error' });
  const client = new LinearClient({ accessToken: 'bench' });
  const started = performance.now();
  let touched = 0;
  let failedRelations = 0;
  const touch = async (p: Promise<unknown> | undefined) => {
    try {
      await p;
    } catch {
      // Some SDK 98 documents do not validate against the 88.3.0 schema; the request was still sent.
      failedRelations++;
    }
  };
  let after: string | undefined;
  while (touched < SDK_N) {
    const page = await client.issues({ first: 50, ...(after ? { after } : {}) });
    for (const issue of page.nodes) {
      await touch(issue.assignee);
      await touch(issue.state);
      await touch(issue.team);
      await touch(issue.project);
      await touch(issue.cycle);
      await touch(issue.parent);
      await touch(issue.labels());
      await touch(issue.relations());
      await touch(issue.inverseRelations());
      await touch(issue.needs());
      touched++;
    }
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
    after = page.pageInfo.endCursor;
  }
  const seconds = (performance.now() - started) / 1000;
  mock.server.close();
  return {
    requests: mock.operations.length,
    touched,
    failedRelations,
    seconds,
    invalid: mock.invalid.length,
  };
}

const rows: string[] = [];
for (const pageSize of [100, 250]) {
  const r = await trailmapSync(pageSize);
  rows.push(
    `trailmap nested query, page ${pageSize}: ${r.requests} requests for ${r.rows} issues (goal ceil(${N}/${pageSize}) = ${Math.ceil(N / pageSize)}), ${r.seconds.toFixed(1)} s against the mock`,
  );
}
const sdk = await sdkLazy();
const perIssue = sdk.requests / sdk.touched;
rows.push(
  `SDK lazy models, N=${sdk.touched}: ${sdk.requests} requests (${perIssue.toFixed(2)} per issue; ${sdk.invalid} of them invalid against the 88.3.0 schema), ${sdk.seconds.toFixed(1)} s`,
  `SDK lazy models extrapolated linearly to N=${N}: ~${Math.round(perIssue * N)} requests`,
);
console.log(rows.join('\n'));
