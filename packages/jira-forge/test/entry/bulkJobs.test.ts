import { beforeEach, describe, expect, it } from 'vitest';
import { runBulkJobSlice } from '../../src/entry/bulk-job-consumer/handler';
import { runDailyRescore } from '../../src/entry/daily-rescore/index';
import { createJiraClient } from '../../src/jira/jiraClient';
import type { Job } from '../../src/storage/jobs';
import { scoredIssues } from '../builders/scoredIssues';
import { forge } from '../forge-mock';
import { JiraSim } from '../msw/jiraSim';
import { jiraCalls, server, writeCalls } from '../msw/server';
import { adminCall as call } from '../resolverCall';

let sim: JiraSim;
const deps = () => ({
  jira: createJiraClient({ sleep: async () => undefined }),
  now: () => new Date('2026-01-10T09:00:00Z'),
  pagesPerSlice: 1,
});
const drain = async (max = 20) => {
  for (let i = 0; i < max && forge.queue.length > 0; i++) await runBulkJobSlice(forge.queue.shift()!, deps());
};

beforeEach(() => {
  sim = new JiraSim();
  server.use(...sim.handlers());
});

describe('bulk jobs (consumer + admin resolvers)', () => {
  it('rescoring a project walks every page, one slice per invocation, re-queueing with the next token', async () => {
    sim.addIssue(...scoredIssues(250, { stale: true }));
    const started = await call('jobs/start', { kind: 'rescore-project', projectKey: 'PM' });
    expect(started).toMatchObject({ ok: true, data: { status: 'queued' } });
    expect(forge.queue).toHaveLength(1);
    await drain();
    const status = (await call('jobs/status', {})) as { ok: true; data: Job[] };
    expect(status.data[0]).toMatchObject({
      status: 'done',
      total: 250,
      processed: 250,
      changed: 250,
      slices: 3,
    });
    expect(sim.issue('PM-30000')?.fields.customfield_10050).toBe(80);
    expect(writeCalls().filter((c) => c.operationId === 'updateMultipleCustomFieldValues')).toHaveLength(3);
  });

  it('stops at the next page boundary after a cancel and keeps the job cancelled', async () => {
    sim.addIssue(...scoredIssues(250, { stale: true }));
    const started = (await call('jobs/start', { kind: 'rescore-project', projectKey: 'PM' })) as {
      ok: true;
      data: Job;
    };
    await runBulkJobSlice(forge.queue.shift()!, deps());
    const cancelled = await call('jobs/cancel', { jobId: started.data.id });
    expect(cancelled).toMatchObject({ ok: true, data: { cancelRequested: true } });
    await drain();
    const status = (await call('jobs/status', { jobId: started.data.id })) as { ok: true; data: Job[] };
    expect(status.data[0]).toMatchObject({ status: 'cancelled', processed: 100 });
    expect(sim.issue('PM-30200')?.fields.customfield_10050).toBe(1);
  });

  it('ignores a redelivered slice event', async () => {
    sim.addIssue(...scoredIssues(150, { stale: true }));
    await call('jobs/start', { kind: 'rescore-project', projectKey: 'PM' });
    const first = forge.queue.shift()!;
    await runBulkJobSlice(first, deps());
    const searches = jiraCalls.length;
    await runBulkJobSlice(first, deps());
    expect(jiraCalls).toHaveLength(searches);
  });

  it('refuses a second job of the same kind for the same project while one runs', async () => {
    await call('jobs/start', { kind: 'rescore-project', projectKey: 'PM' });
    const again = await call('jobs/start', { kind: 'rescore-project', projectKey: 'PM' });
    expect(again).toMatchObject({ ok: false, error: { kind: 'job_already_running' } });
    expect((again as { ok: false; error: { message: string } }).error.message).toMatch(/already running/);
  });

  it('rejects a malformed payload with a clear message before touching KVS', async () => {
    const r = await call('jobs/start', { kind: 'rescore-everything', projectKey: 'pm' });
    expect(r).toMatchObject({ ok: false, error: { kind: 'invalid_payload' } });
    expect((r as { ok: false; error: { message: string } }).error.message).toMatch(
      /jobs\/start was malformed: kind/,
    );
    expect(forge.kvsCalls).toHaveLength(0);
  });

  it('trains the labeller from project history as a job', async () => {
    await call('settings/save', {
      settings: { feedback: { projectKeys: ['SUP'], issueTypes: ['Bug', 'Story'], labels: [] } },
    });
    const { jiraIssue } = await import('../builders/jiraIssue');
    const { feedbackHistory } = await import('../builders/feedbackModel');
    sim.addIssue(
      ...feedbackHistory().map((e, i) =>
        jiraIssue({
          id: String(40000 + i),
          key: `SUP-${i + 1}`,
          project: 'SUP',
          summary: e.title,
          description: e.body ?? '',
          issuetype: e.labels[0] === 'bug' ? 'Bug' : 'Story',
        }),
      ),
    );
    await call('jobs/start', { kind: 'train-labeller', projectKey: 'SUP' });
    await drain();
    const status = (await call('jobs/status', {})) as { ok: true; data: Job[] };
    expect(status.data[0]).toMatchObject({ kind: 'train-labeller', status: 'done' });
    expect([...forge.kvs.keys()].some((k) => k.startsWith('labeller:SUP:part:'))).toBe(true);
  });
});

describe('avi:forge:installed:app', () => {
  it('queues labeller training for every configured feedback project, once', async () => {
    const { onAppInstalled } = await import('../../src/entry/app-installed-trigger/index');
    await call('settings/save', { settings: { feedback: { projectKeys: ['SUP', 'HELP'] } } });
    await onAppInstalled();
    await onAppInstalled();
    expect(forge.queue).toHaveLength(2);
    const status = (await call('jobs/status', {})) as { ok: true; data: Job[] };
    expect(status.data.map((j) => `${j.kind}:${j.projectKey}`).sort()).toEqual([
      'train-labeller:HELP',
      'train-labeller:SUP',
    ]);
  });
});

describe('daily rescore (scheduledTrigger)', () => {
  it('reads changed issues page by page and writes only changed scores in bulk', async () => {
    sim.addIssue(...scoredIssues(120, { stale: true }), ...scoredIssues(30, { startId: 50000 }));
    // Issues already holding their current score need no write.
    for (const i of sim.issues.filter((x) => x.id.startsWith('5')))
      i.fields.customfield_10050 = 80 + ((Number(i.id) - 50000) % 50) * 8;
    const r = await runDailyRescore(createJiraClient({ sleep: async () => undefined }), () => new Date());
    expect(forge.queue).toHaveLength(0);
    expect(r).toMatchObject({
      ok: true,
      progress: { scanned: 150, changed: 120, writeRequests: 1 },
      handedOff: false,
    });
    const search = jiraCalls.find((c) => c.operationId === 'searchAndReconsileIssuesUsingJqlPost');
    expect(search?.body).toMatchObject({ jql: 'updated >= -1d', properties: ['trailmap.score'] });
  });

  it('hands the rest to the bulk queue when more pages remain than one run handles', async () => {
    sim.addIssue(...scoredIssues(150, { stale: true }));
    const r = await runDailyRescore(createJiraClient({ sleep: async () => undefined }), () => new Date(), 1);
    expect(r).toMatchObject({ ok: true, progress: { scanned: 100 }, handedOff: true });
    expect(forge.queue).toHaveLength(1);
    await drain();
    expect(sim.issues.every((i) => i.fields.customfield_10050 !== 1)).toBe(true);
  });
});
