import { describe, expect, it } from 'vitest';
import { seededServerPerTest } from '../server/seededServer';
import { schemaMissing } from '../support/linearSchema';
import { startLinearMock } from '../support/useLinearMock';
import { SEED_ORG } from '../support/workspaceSeed';

const NOW = Date.UTC(2026, 1, 20, 9);
const seeded = seededServerPerTest({ LINEAR_API_KEY: 'lin_api_test' }, NOW);

const planUrl = () =>
  `${seeded.server.url}${seeded.server.deps.pageSigner.signPath(`/plan/${SEED_ORG}/team/ENG`, 600, NOW)}`;

async function preview() {
  const res = await fetch(planUrl());
  const html = await res.text();
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
  const previewId = /name="previewId" value="([^"]+)"/.exec(html)?.[1];
  const inputHash = /name="inputHash" value="([^"]+)"/.exec(html)?.[1];
  return { res, html, action, previewId, inputHash };
}

async function apply(action: string, previewId: string, inputHash: string) {
  return fetch(`${seeded.server.url}${action}`, {
    method: 'POST',
    body: new URLSearchParams({ previewId, inputHash }),
  });
}

describe.skipIf(schemaMissing)('cycle planning: preview, then apply once', () => {
  it('previews a plan with capacity from velocity, the greedy baseline and reasons', async () => {
    const { res, html } = await preview();
    expect(res.status).toBe(200);
    expect(html).toContain(
      'Capacity 12 points per cycle: mean completed scope of Cycle 3 (14), Cycle 2 (12), Cycle 1 (10)',
    );
    expect(html).toContain('vs greedy rank order');
    expect(html).toContain('ENG-7</b> No estimate yet: no estimate');
    // ENG-6 is blocked by ENG-3: never planned in an earlier cycle than its blocker.
    const cycleOf = (key: string) => {
      const at = html.indexOf(`<b>${key}</b>`);
      return html.lastIndexOf('<div class="card"><b>Cycle', at);
    };
    expect(cycleOf('ENG-6')).toBeGreaterThanOrEqual(cycleOf('ENG-3'));
  });

  it('applies with issueUpdate(cycleId) per move; a second apply sends zero mutations', async () => {
    const linear = startLinearMock({
      resolvers: () => ({
        Mutation: {
          issueUpdate: (_: unknown, args: { id: string; input: { cycleId?: string | null } }) => ({
            success: true,
            issue: { id: args.id, cycle: args.input.cycleId ? { id: args.input.cycleId } : null },
          }),
        },
      }),
    });
    const { action, previewId, inputHash, html } = await preview();
    expect(action && previewId && inputHash).toBeTruthy();
    const moves = Number(/Applying moves (\d+) issue/.exec(html)?.[1]);
    expect(moves).toBeGreaterThan(0);

    const first = await apply(action!, previewId!, inputHash!);
    expect(first.status).toBe(200);
    expect(linear.named('MoveIssue')).toHaveLength(moves);
    for (const op of linear.named('MoveIssue'))
      expect(Object.keys(op.variables.input as object)).toEqual(['cycleId']);

    const second = await apply(action!, previewId!, inputHash!);
    expect(await second.text()).toContain('0 updates');
    expect(linear.named('MoveIssue')).toHaveLength(moves);

    // A fresh preview now finds Linear already matching the plan.
    const again = await preview();
    expect(again.html).toContain('nothing to apply');
  });

  it('refuses a stale preview (an estimate changed) without touching Linear', async () => {
    const linear = startLinearMock();
    const { action, previewId, inputHash } = await preview();
    const row = (await seeded.snapshots.get(SEED_ORG, 'issues', 'issue-3')) as Record<string, unknown>;
    await seeded.snapshots.upsert(SEED_ORG, 'issues', [
      {
        id: 'issue-3',
        updatedAt: '2026-02-20T00:00:00.000Z',
        data: { ...row, estimate: 1, updatedAt: '2026-02-20T00:00:00.000Z' },
      },
    ]);
    const res = await apply(action!, previewId!, inputHash!);
    expect(res.status).toBe(409);
    expect(linear.operations).toHaveLength(0);
  });

  it('refuses an apply without a preview id', async () => {
    const { action } = await preview();
    const res = await apply(action!, 'not-a-preview', 'x');
    expect(res.status).toBe(404);
  });

  it('answers a body that cannot be read as a form with a 400 naming the form, not a 500', async () => {
    const { action } = await preview();
    const res = await fetch(`${seeded.server.url}${action}`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      body: 'not multipart',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('previewId');
    expect(html).not.toContain('TypeError');
  });
});

describe.skipIf(schemaMissing)('project milestone planning', () => {
  const projectUrl = () =>
    `${seeded.server.url}${seeded.server.deps.pageSigner.signPath(`/plan/${SEED_ORG}/project/proj-inbox`, 600, NOW)}`;

  it('plans the project’s issues into upcoming milestones with capacity up to each target date', async () => {
    const res = await fetch(projectUrl());
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('Upcoming milestones');
    // ENG 12 points per 14-day cycle → 0.86/day: Beta (9 days) 7.7 points, GA (45 days) 38.6.
    expect(html).toContain('Beta 7.7 points, GA &lt;launch&gt; 38.6 points');
    expect(html).not.toContain('GA <launch>');
  });

  it('applies with issueUpdate(projectMilestoneId) only, and a second apply sends nothing', async () => {
    const linear = startLinearMock({
      resolvers: () => ({
        Mutation: {
          issueUpdate: (_: unknown, args: { id: string }) => ({
            success: true,
            issue: { id: args.id, cycle: null },
          }),
        },
      }),
    });
    const html = await (await fetch(projectUrl())).text();
    const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
    const previewId = /name="previewId" value="([^"]+)"/.exec(html)?.[1];
    const inputHash = /name="inputHash" value="([^"]+)"/.exec(html)?.[1];
    const moves = Number(/Applying moves (\d+) issue/.exec(html)?.[1]);
    expect(moves).toBe(2);
    expect((await apply(action!, previewId!, inputHash!)).status).toBe(200);
    expect(linear.named('MoveIssue')).toHaveLength(2);
    for (const op of linear.named('MoveIssue')) {
      expect(Object.keys(op.variables.input as object)).toEqual(['projectMilestoneId']);
    }
    await apply(action!, previewId!, inputHash!);
    expect(linear.named('MoveIssue')).toHaveLength(2);
    expect(await (await fetch(projectUrl())).text()).toContain('nothing to apply');
  });
});
