import { describe, expect, it } from 'vitest';
import { seededServerPerTest } from '../server/seededServer';
import { TEST_ADMIN_TOKEN } from '../server/testServer';
import { SEED_ORG } from '../support/workspaceSeed';

const NOW = Date.UTC(2026, 1, 20, 9);
const seeded = seededServerPerTest(
  { LINEAR_API_KEY: 'lin_api_test', TRAILMAP_ADMIN_TOKEN: TEST_ADMIN_TOKEN },
  NOW,
);

const record = (conversions: number) => ({
  id: 'exp-1',
  title: 'Merge duplicates',
  ideas: ['ENG-3'],
  metrics: [
    {
      metric: { type: 'binomial', name: 'resolved' },
      variants: [
        { name: 'control', users: 10_000, conversions: 1_000 },
        { name: 'B', users: 10_000, conversions },
      ],
    },
  ],
  decision: 'ship',
});

async function token(): Promise<string> {
  const res = await fetch(`${seeded.server.url}/admin/experiments/${SEED_ORG}/token`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { token: string }).token;
}

const post = (body: unknown, bearer?: string) =>
  fetch(`${seeded.server.url}/api/experiments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('experiments API and pages', () => {
  it('POST /api/experiments needs the workspace token', async () => {
    expect((await post(record(1100))).status).toBe(401);
    expect((await post(record(1100), 'tmx_wrong')).status).toBe(401);
  });

  it('queues one sidebar attachment job per linked issue, also when the record is re-posted', async () => {
    const t = await token();
    expect((await post(record(1100), t)).status).toBe(201);
    expect((await post(record(1200), t)).status).toBe(201);
    const jobs = await seeded.store.all<{ payload: string }>(
      "SELECT payload FROM jobs WHERE type = 'trailmap.experimentLink'",
    );
    expect(jobs.map((j) => JSON.parse(j.payload))).toEqual([{ organizationId: SEED_ORG, idea: 'ENG-3' }]);
  });

  it('stores a record idempotently, answers the analysis and a signed issue page', async () => {
    const t = await token();
    const res = await post(record(1100), t);
    expect(res.status).toBe(201);
    const body = (await res.json()) as {
      results: { comparisons: { expected: number; pValue: number }[] }[];
      pages: Record<string, string>;
    };
    expect(body.results[0]!.comparisons[0]!.expected).toBeCloseTo(0.1, 10);
    expect(body.results[0]!.comparisons[0]!.pValue).toBeCloseTo(0.02789, 5);
    expect((await post(record(1120), t)).status).toBe(201);
    const rows = await seeded.store.all<{ n: number }>('SELECT count(*) AS n FROM experiment_records');
    expect(Number(rows[0]!.n)).toBe(1);
    const link = new URL(body.pages['ENG-3']!);
    const page = await fetch(`${seeded.server.url}${link.pathname}${link.search}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('B beats control on resolved: +12 %');
    expect(html).toContain('class="lift-chart"');
    expect((await fetch(`${seeded.server.url}/experiments/${SEED_ORG}/issue/ENG-3`)).status).toBe(403);
  });

  it('rejects a bad record with a 400 naming the field', async () => {
    const t = await token();
    const res = await post({ ...record(1100), metrics: [{ metric: { type: 'binomial' }, variants: [] }] }, t);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(
      /^metrics\[0\]\.variants: /,
    );
    expect((await post('{', t)).status).toBe(400);
  });

  it('the outcomes page joins records to the synced issues', async () => {
    const t = await token();
    await post(record(1100), t);
    const res = await fetch(
      `${seeded.server.url}${seeded.server.deps.pageSigner.signPath(`/outcomes/${SEED_ORG}`, 600, NOW)}`,
    );
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('ENG-3');
    expect(html).toContain('class="calibration-chart"');
  });
});
