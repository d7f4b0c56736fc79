import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PlanPreviewView } from '../../src/services/releasePlan';
import type { RoadmapViewData } from '../../src/services/roadmapView';
import { jiraVersion } from '../builders/jiraVersion';
import { scoredIssues } from '../builders/scoredIssues';
import { JIRA_BASE, JiraSim } from '../msw/jiraSim';
import { jiraCalls, resetCalls, server, specViolations, writeCalls } from '../msw/server';
import { projectCall as call } from '../resolverCall';

let sim: JiraSim;
const releases = [
  { versionId: '10100', name: 'v1', capacity: 5 },
  { name: 'v2', releaseDate: '2026-03-31', capacity: 5 },
];

beforeEach(() => {
  sim = new JiraSim();
  server.use(...sim.handlers());
  sim.versions.push(
    jiraVersion({ id: '10100', name: 'v1', releaseDate: '2026-02-15' }),
    jiraVersion({ id: '10050', name: 'Legacy' }),
  );
  sim.addIssue(...scoredIssues(8, { points: true }));
  // An unrelated version on one issue must survive apply.
  sim.issue('PM-30001')!.fields.fixVersions = [{ id: '10050', name: 'Legacy' }];
});

describe('roadmap/render', () => {
  it("returns Now/Next/Later, the backlog ranked by score and core's self-contained HTML", async () => {
    const r = await call<RoadmapViewData>('roadmap/render', { projectKey: 'PM', today: '2026-01-10' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.data.columns.map((c) => c.title)).toHaveLength(3);
    expect(r.data.columns.flatMap((c) => c.cards)).toHaveLength(8);
    const scores = r.data.backlog.map((c) => c.score ?? -1);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(r.data.backlog[0]?.points).toBeTypeOf('number');
    expect(r.data.html).toMatch(/<html/i);
    expect(r.data.html).not.toMatch(/<script/i);
  });
});

describe('plan/preview → plan/apply', () => {
  it('previews without writing, with the baseline and reasons', async () => {
    const r = await call<PlanPreviewView>('plan/preview', { projectKey: 'PM', releases });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.data.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(r.data.plan.releases.map((x) => x.name)).toEqual(['v1', 'v2']);
    for (const rel of r.data.plan.releases) expect(rel.cost).toBeLessThanOrEqual(5);
    expect(r.data.plan.value).toBeGreaterThanOrEqual(r.data.baseline.value);
    expect(r.data.plan.deferred.length).toBeGreaterThan(0);
    expect(writeCalls()).toEqual([]);
  });

  it('applies the previewed plan with fixVersions add (keeping other versions), then a second apply writes nothing', async () => {
    const p = await call<PlanPreviewView>('plan/preview', { projectKey: 'PM', releases });
    if (!p.ok) throw new Error(p.error.message);
    const applied = await call<{ writes: number }>('plan/apply', {
      previewId: p.data.previewId,
      hash: p.data.hash,
    });
    if (!applied.ok) throw new Error(applied.error.message);
    expect(applied.data.writes).toBeGreaterThan(0);
    expect(sim.versions.map((v) => v.name)).toContain('v2');
    const edits = writeCalls().filter((c) => c.operationId === 'editIssue');
    for (const e of edits) expect(JSON.stringify(e.body)).not.toMatch(/"set"/);
    const planned = p.data.plan.releases.flatMap((r) => r.items);
    for (const key of planned) expect(sim.issue(key)?.fields.fixVersions).not.toEqual([]);
    expect(sim.issue('PM-30001')?.fields.fixVersions).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: '10050' })]),
    );
    expect(await specViolations()).toEqual([]);
    resetCalls();
    const again = await call<{ writes: number }>('plan/apply', {
      previewId: p.data.previewId,
      hash: p.data.hash,
    });
    expect(again).toMatchObject({ ok: true, data: { writes: 0 } });
    expect(writeCalls()).toEqual([]);
  });

  it('removes a previous planned fixVersion only when the preview lists it and the user keeps it ticked', async () => {
    // Every issue starts in v1, so the ones the plan moves to v2 each list removing v1.
    for (const i of sim.issues) i.fields.fixVersions = [{ id: '10100', name: 'v1' }];
    const p = await call<PlanPreviewView>('plan/preview', { projectKey: 'PM', releases });
    if (!p.ok) throw new Error(p.error.message);
    const moves = p.data.changes.filter((c) => c.remove.length > 0);
    expect(moves.length).toBeGreaterThanOrEqual(2);
    const [ticked, unticked] = [moves[0]!, moves[1]!];
    const forged = p.data.changes.find((c) => c.remove.length === 0)?.issueKey ?? 'PM-30007';
    const applied = await call('plan/apply', {
      previewId: p.data.previewId,
      hash: p.data.hash,
      keepRemovals: [
        { issueKey: ticked.issueKey, versionId: '10100' },
        // Not listed by the preview: must be ignored.
        { issueKey: forged, versionId: '10050' },
      ],
    });
    expect(applied).toMatchObject({ ok: true });
    const ids = (key: string) =>
      ((sim.issue(key)?.fields.fixVersions ?? []) as Array<{ id: string }>).map((v) => v.id);
    // v2 is created on apply, so its id is known only afterwards.
    const v2 = sim.versions.find((v) => v.name === 'v2')!.id;
    expect(ids(ticked.issueKey)).toEqual([v2]);
    expect(ids(unticked.issueKey).sort()).toEqual(['10100', v2].sort());
    for (const e of writeCalls().filter((c) => c.operationId === 'editIssue')) {
      if (!e.path.endsWith(ticked.issueKey)) expect(JSON.stringify(e.body)).not.toMatch(/"remove"/);
    }
  });

  it('refuses a missing preview, a wrong hash, and a backlog that changed since the preview', async () => {
    expect(await call('plan/apply', { previewId: 'nope', hash: 'a'.repeat(64) })).toMatchObject({
      ok: false,
      error: { kind: 'preview_missing' },
    });
    const p = await call<PlanPreviewView>('plan/preview', { projectKey: 'PM', releases });
    if (!p.ok) throw new Error(p.error.message);
    expect(await call('plan/apply', { previewId: p.data.previewId, hash: 'b'.repeat(64) })).toMatchObject({
      ok: false,
      error: { kind: 'preview_stale' },
    });
    sim.issue('PM-30003')!.fields.customfield_10016 = 13;
    const stale = await call('plan/apply', { previewId: p.data.previewId, hash: p.data.hash });
    expect(stale).toMatchObject({
      ok: false,
      error: { kind: 'preview_stale', message: expect.stringMatching(/Preview again/) },
    });
    expect(writeCalls()).toEqual([]);
  });

  it('validates the payload first', async () => {
    const r = await call('plan/preview', { projectKey: 'PM', releases: [] });
    expect(r).toMatchObject({ ok: false, error: { kind: 'invalid_payload' } });
    expect(jiraCalls).toEqual([]);
  });
});

describe('an exception below a resolver', () => {
  it('reaches the UI as one clear sentence, not a rejected invocation', async () => {
    // A dropped connection makes fetch throw inside requestJira, which no service expects.
    server.use(http.post(`${JIRA_BASE}/rest/api/3/search/jql`, () => HttpResponse.error()));
    const r = await call<RoadmapViewData>('roadmap/render', { projectKey: 'PM', today: '2026-01-10' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toMatch(/roadmap\/render|unavailable/);
    expect(r.error.message).not.toMatch(/\n\s+at /);
  });
});
