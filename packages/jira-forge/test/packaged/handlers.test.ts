// End to end on the packaged artifact: the handlers in dist/runtime.zip, loaded by Node's own
// loader, against the spec-validated Jira mock. The Forge runtime seams are the ones the
// platform provides: `global.__forge_fetch__` carries product REST, KVS and queue traffic
// (test/forge-mock.ts), and the trigger/resolver/consumer calls have the platform's shapes.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { storeLabeller } from '../../src/storage/labellerStore';
import { crashReport as crash, feedbackSettings, trainedModel } from '../builders/feedbackModel';
import { createdEvent } from '../builders/issueEvent';
import { jiraVersion } from '../builders/jiraVersion';
import { scoredIssues } from '../builders/scoredIssues';
import { forge } from '../forge-mock';
import { JiraSim } from '../msw/jiraSim';
import { jiraCalls, server, writeCalls } from '../msw/server';
import { packagedBackend } from './artifact';

type Answer = { ok: true; data: unknown } | { ok: false; error: { kind: string; message: string } };
const backend = packagedBackend();
/** A UI `invoke(functionKey, payload)` as the platform hands it to a resolver function. */
const invoke = (resolver: string, functionKey: string, payload: unknown) =>
  backend[resolver]!(
    { call: { functionKey, payload, jobId: undefined }, context: { cloudId: 'c1', moduleKey: resolver } },
    { principal: { accountId: '5b10ac8d82e05b22cc7d4ef5' }, installContext: 'ari:cloud:jira::site/c1' },
  ) as Promise<Answer>;

let sim: JiraSim;
beforeEach(() => {
  sim = new JiraSim();
  server.use(...sim.handlers());
});

async function feedbackSetup() {
  const saved = await invoke('adminResolver', 'settings/save', { settings: feedbackSettings('apply') });
  expect(saved).toMatchObject({ ok: true });
  await storeLabeller('SUP', trainedModel());
}

describe('packaged triggers (avi:jira:created:issue)', () => {
  it('adds the predicted label and keeps the human labels', async () => {
    await feedbackSetup();
    const issue = crash(['customer-acme']);
    sim.addIssue(issue);
    await backend.onIssueCreated!(createdEvent(issue), { installContext: 'ari:cloud:jira::site/c1' });
    expect(sim.issue('SUP-1')?.fields.labels).toEqual(['customer-acme', 'bug']);
    const edits = writeCalls().filter((c) => c.operationId === 'editIssue');
    expect(edits.map((c) => c.body)).toEqual([{ update: { labels: [{ add: 'bug' }] } }]);
    expect(sim.comments.get('SUP-1')).toHaveLength(1);
  });

  it('a duplicate delivery of the same event does nothing', async () => {
    await feedbackSetup();
    const issue = crash();
    sim.addIssue(issue);
    await backend.onIssueCreated!(createdEvent(issue), {});
    const calls = jiraCalls.length;
    await backend.onIssueCreated!(createdEvent(issue), {});
    expect(jiraCalls).toHaveLength(calls);
    expect(sim.comments.get('SUP-1')).toHaveLength(1);
  });

  it('honours a 429: waits for Retry-After before asking again, then labels', async () => {
    await feedbackSetup();
    const issue = crash();
    sim.addIssue(issue);
    sim.fail('GET', '/rest/api/3/issue/SUP-1', 429, {
      'Retry-After': '2',
      'RateLimit-Reason': 'jira-burst-based',
    });
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const run = backend.onIssueCreated!(createdEvent(issue), {});
      const fetches = () => jiraCalls.filter((c) => c.operationId === 'getIssue').length;
      await vi.waitFor(() => expect(fetches()).toBe(1));
      await vi.advanceTimersByTimeAsync(1_900);
      expect(fetches()).toBe(1);
      await vi.advanceTimersByTimeAsync(1_000);
      await vi.waitFor(() => expect(fetches()).toBe(2));
      await vi.runAllTimersAsync();
      await run;
    } finally {
      vi.useRealTimers();
    }
    expect(sim.issue('SUP-1')?.fields.labels).toEqual(['bug']);
  });
});

describe('packaged scheduled trigger and consumer', () => {
  it('the daily rescore writes the score field in bulk and answers { statusCode: 204 }', async () => {
    sim.addIssue(...scoredIssues(120, { stale: true }));
    const answer = await backend.dailyRescore!({ context: { cloudId: 'c1', moduleKey: 'daily-rescore' } });
    expect(answer).toEqual({ statusCode: 204 });
    const bulk = writeCalls().filter((c) => c.operationId === 'updateMultipleCustomFieldValues');
    expect(bulk).toHaveLength(1);
    expect(sim.issues.every((i) => i.fields.customfield_10050 !== 1)).toBe(true);
  });

  it('the consumer runs an admin-started rescore job to completion, one slice per event', async () => {
    sim.addIssue(...scoredIssues(150, { stale: true }));
    expect(
      await invoke('adminResolver', 'jobs/start', { kind: 'rescore-project', projectKey: 'PM' }),
    ).toMatchObject({ ok: true, data: { status: 'queued' } });
    for (let i = 0; i < 10 && forge.queue.length > 0; i++) {
      const e = forge.queue.shift()!;
      await backend.bulkJobConsumer!({
        body: e.body,
        queueName: e.queueName,
        jobId: `j${i}`,
        eventId: `e${i}`,
      });
    }
    const status = (await invoke('adminResolver', 'jobs/status', {})) as { ok: true; data: Array<object> };
    expect(status.data[0]).toMatchObject({ status: 'done', total: 150, processed: 150, changed: 150 });
    expect(sim.issue('PM-30149')?.fields.customfield_10050).not.toBe(1);
  });
});

describe('packaged resolvers', () => {
  it('issue panel: score/get explains the score, score/save writes it', async () => {
    sim.addIssue(...scoredIssues(1));
    const got = await invoke('panelResolver', 'score/get', { issueKey: 'PM-30000' });
    expect(got).toMatchObject({ ok: true, data: { issueKey: 'PM-30000' } });
    const saved = await invoke('panelResolver', 'score/save', {
      issueKey: 'PM-30000',
      values: { reach: 500, impact: 2, confidence: '80%', effort: 2 },
    });
    expect(saved).toMatchObject({ ok: true });
    expect(sim.issue('PM-30000')?.fields.customfield_10050).toBe(400);
  });

  it('project page: roadmap/render and plan/preview answer without writing', async () => {
    sim.versions.push(jiraVersion({ id: '10100', name: 'v1', releaseDate: '2026-02-15' }));
    sim.addIssue(...scoredIssues(6, { points: true }));
    const roadmap = await invoke('projectResolver', 'roadmap/render', {
      projectKey: 'PM',
      today: '2026-01-10',
    });
    expect(roadmap).toMatchObject({ ok: true });
    const preview = await invoke('projectResolver', 'plan/preview', {
      projectKey: 'PM',
      releases: [{ versionId: '10100', name: 'v1', capacity: 5 }],
    });
    expect(preview).toMatchObject({ ok: true, data: { plan: { releases: [{ name: 'v1' }] } } });
    expect(writeCalls()).toEqual([]);
  });

  it('a malformed call gets one clear sentence, not a stack trace', async () => {
    const r = await invoke('adminResolver', 'jobs/start', { kind: 'rescore-everything', projectKey: 'pm' });
    expect(r).toMatchObject({ ok: false, error: { kind: 'invalid_payload' } });
    expect((r as { ok: false; error: { message: string } }).error.message).not.toMatch(/\n\s+at /);
  });
});
