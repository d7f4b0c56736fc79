import { beforeEach, describe, expect, it } from 'vitest';
import { handleIssueCreated } from '../../src/entry/issue-created-trigger/index';
import { handleIssueUpdated } from '../../src/entry/issue-updated-trigger/index';
import { createJiraClient } from '../../src/jira/jiraClient';
import { loadLabeller, storeLabeller } from '../../src/storage/labellerStore';
import { saveSettings } from '../../src/storage/settings';
import { crashReport as crash, feedbackSettings, trainedModel } from '../builders/feedbackModel';
import { createdEvent, updatedEvent } from '../builders/issueEvent';
import { jiraIssue } from '../builders/jiraIssue';
import { forge } from '../forge-mock';
import { JiraSim } from '../msw/jiraSim';
import { jiraCalls, server, writeCalls } from '../msw/server';

let sim: JiraSim;
const jira = () => createJiraClient({ sleep: async () => undefined });
const now = () => new Date('2026-01-10T09:00:00Z');

async function configure(mode: 'apply' | 'suggest' = 'apply') {
  const saved = await saveSettings(feedbackSettings(mode));
  expect(saved.ok).toBe(true);
  await storeLabeller('SUP', trainedModel());
}

beforeEach(() => {
  sim = new JiraSim();
  server.use(...sim.handlers());
});

describe('avi:jira:created:issue → feedback labelling', () => {
  it('re-fetches the issue, adds the predicted label with update.labels[].add and comments the confidence', async () => {
    await configure();
    const issue = crash();
    sim.addIssue(issue);
    const outcome = await handleIssueCreated(createdEvent(issue), jira(), now);
    expect(outcome).toMatchObject({ action: 'labelled', added: ['bug'] });
    expect(sim.issue('SUP-1')?.fields.labels).toEqual(['bug']);
    const edit = writeCalls().find((c) => c.operationId === 'editIssue');
    expect(edit?.body).toEqual({ update: { labels: [{ add: 'bug' }] } });
    expect(sim.comments.get('SUP-1')?.[0]).toMatch(/bug \(\d+ %\)/);
    expect(jiraCalls.filter((c) => c.operationId === 'getIssue')).toHaveLength(1);
  });

  it("keeps a human's labels: nothing is set or removed", async () => {
    await configure();
    const issue = crash(['customer-acme', 'Feature']);
    sim.addIssue(issue);
    await handleIssueCreated(createdEvent(issue), jira(), now);
    expect(sim.issue('SUP-1')?.fields.labels).toEqual(expect.arrayContaining(['customer-acme', 'Feature']));
    for (const c of writeCalls().filter((x) => x.operationId === 'editIssue')) {
      expect(JSON.stringify(c.body)).not.toMatch(/"set"|"remove"/);
    }
  });

  it('does nothing twice when Forge delivers the same event again', async () => {
    await configure();
    const issue = crash();
    sim.addIssue(issue);
    await handleIssueCreated(createdEvent(issue), jira(), now);
    const writesAfterFirst = writeCalls().length;
    const second = await handleIssueCreated(createdEvent(issue), jira(), now);
    expect(second).toEqual({ action: 'duplicate' });
    expect(writeCalls()).toHaveLength(writesAfterFirst);
    expect(sim.comments.get('SUP-1')).toHaveLength(1);
    expect(forge.ttl.get('event:created:20001')).toEqual({ value: 14, unit: 'DAYS' });
  });

  it('two concurrent deliveries of one event: exactly one labels and comments', async () => {
    await configure();
    const issue = crash();
    sim.addIssue(issue);
    const outcomes = await Promise.all([
      handleIssueCreated(createdEvent(issue), jira(), now),
      handleIssueCreated(createdEvent(issue), jira(), now),
    ]);
    expect(outcomes.map((o) => o.action).sort()).toEqual(['duplicate', 'labelled']);
    expect(writeCalls().filter((c) => c.operationId === 'editIssue')).toHaveLength(1);
    expect(sim.comments.get('SUP-1')).toHaveLength(1);
  });

  it('retries a 429 on the re-fetch and still labels', async () => {
    await configure();
    const issue = crash();
    sim.addIssue(issue);
    sim.fail('GET', '/rest/api/3/issue/SUP-1', 429, {
      'Retry-After': '1',
      'RateLimit-Reason': 'jira-burst-based',
    });
    const outcome = await handleIssueCreated(createdEvent(issue), jira(), now);
    expect(outcome).toMatchObject({ action: 'labelled' });
    expect(jiraCalls.filter((c) => c.operationId === 'getIssue')).toHaveLength(2);
  });

  it('in suggest mode only comments', async () => {
    await configure('suggest');
    const issue = crash();
    sim.addIssue(issue);
    const outcome = await handleIssueCreated(createdEvent(issue), jira(), now);
    expect(outcome).toMatchObject({ action: 'suggested', added: [] });
    expect(sim.issue('SUP-1')?.fields.labels).toEqual([]);
    expect(sim.comments.get('SUP-1')?.[0]).toMatch(/suggests: bug/);
  });

  it('ignores issues outside the feedback projects without any REST call', async () => {
    await configure();
    const story = jiraIssue({ key: 'PM-9', project: 'PM', issuetype: 'Story' });
    expect(await handleIssueCreated(createdEvent(story), jira(), now)).toEqual({
      action: 'skipped',
      reason: 'not_feedback',
    });
    expect(jiraCalls).toHaveLength(0);
  });

  it('a failed attempt releases the event so the redelivery can succeed', async () => {
    await configure();
    const issue = crash();
    sim.addIssue(issue);
    sim.fail('GET', '/rest/api/3/issue/SUP-1', 500);
    expect(await handleIssueCreated(createdEvent(issue), jira(), now)).toMatchObject({ action: 'failed' });
    expect(await handleIssueCreated(createdEvent(issue), jira(), now)).toMatchObject({ action: 'labelled' });
  });
});

describe('avi:jira:updated:issue → learning from human label changes', () => {
  it('folds a correction into the model once, and ignores the duplicate event', async () => {
    await configure();
    const issue = crash(['feature']);
    sim.addIssue(issue);
    const before = (await loadLabeller('SUP'))!.version;
    const event = updatedEvent(issue, '10400', [{ field: 'labels', fromString: 'bug', toString: 'feature' }]);
    const outcome = await handleIssueUpdated(event, jira(), now);
    expect(outcome).toMatchObject({
      action: 'learned',
      added: ['feature'],
      removed: ['bug'],
      modelUpdated: true,
    });
    const after = (await loadLabeller('SUP'))!.version;
    expect(after).not.toBe(before);
    expect(await handleIssueUpdated(event, jira(), now)).toEqual({ action: 'duplicate' });
    expect((await loadLabeller('SUP'))!.version).toBe(after);
  });

  it('ignores updates that touch neither labels nor text', async () => {
    await configure();
    const issue = crash();
    const event = updatedEvent(issue, '10401', [{ field: 'priority', fromString: 'Low', toString: 'High' }]);
    expect(await handleIssueUpdated(event, jira(), now)).toEqual({
      action: 'ignored',
      reason: 'no_relevant_change',
    });
  });
});
