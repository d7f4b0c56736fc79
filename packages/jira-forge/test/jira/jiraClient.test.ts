import { route } from '@forge/api';
import { beforeEach, describe, expect, it } from 'vitest';
import { writeScoreField } from '../../src/jira/appFieldValues';
import { fieldDiscovery } from '../../src/jira/fieldDiscovery';
import { addLabels } from '../../src/jira/issueOperations';
import { createJiraClient } from '../../src/jira/jiraClient';
import { SearchResultsSchema } from '../../src/jira/jiraSchemas';
import { forEachSearchPage } from '../../src/jira/searchIssues';
import { jiraIssue } from '../builders/jiraIssue';
import { JiraSim } from '../msw/jiraSim';
import { jiraCalls, server } from '../msw/server';

let sim: JiraSim;
const sleeps: number[] = [];
const client = () =>
  createJiraClient({ sleep: async (ms) => void sleeps.push(ms), random: () => 0.5, now: () => 0 });

beforeEach(() => {
  sim = new JiraSim();
  sleeps.length = 0;
  server.use(...sim.handlers());
});

describe('jira client', () => {
  it('retries a 429 after the Retry-After delay and then succeeds', async () => {
    sim.fail('GET', '/rest/api/3/field', 429, { 'Retry-After': '3', 'RateLimit-Reason': 'jira-burst-based' });
    const fields = await fieldDiscovery(client())();
    expect(fields.ok).toBe(true);
    expect(sleeps).toEqual([3300]);
    expect(jiraCalls.filter((c) => c.operationId === 'getFields')).toHaveLength(2);
  });

  it('backs off exponentially on 503 without Retry-After and gives up after the retry budget', async () => {
    sim.fail('GET', '/rest/api/3/field', 503, {}, 10);
    const r = await fieldDiscovery(client())();
    expect(r).toEqual({
      ok: false,
      error: { kind: 'jira_unavailable', operation: 'getFields', attempts: 5 },
    });
    expect(sleeps).toEqual([375, 750, 1500, 3000]);
  });

  it('gives up at once on a Retry-After beyond the invocation budget rather than retrying into another 429', async () => {
    sim.fail('GET', '/rest/api/3/field', 429, { 'Retry-After': '3600' });
    const r = await fieldDiscovery(client())();
    expect(r).toEqual({
      ok: false,
      error: { kind: 'jira_rate_limited', operation: 'getFields', attempts: 1 },
    });
    expect(sleeps).toEqual([]);
  });

  it('honours an HTTP-date Retry-After', async () => {
    sim.fail('GET', '/rest/api/3/field', 503, { 'Retry-After': 'Sat, 10 Jan 2026 09:00:05 GMT' });
    const now = Date.parse('2026-01-10T09:00:00Z');
    const jira = createJiraClient({
      sleep: async (ms) => void sleeps.push(ms),
      random: () => 0,
      now: () => now,
    });
    expect((await fieldDiscovery(jira)()).ok).toBe(true);
    expect(sleeps).toEqual([5000]);
  });

  it('retries a refused connection and names the cause when it never comes back', async () => {
    const refused = () =>
      Promise.reject(
        new TypeError('fetch failed', {
          cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:443'), { code: 'ECONNREFUSED' }),
        }),
      );
    const jira = createJiraClient({
      requestJira: refused,
      sleep: async (ms) => void sleeps.push(ms),
      random: () => 0.5,
      now: () => 0,
    });
    const r = await fieldDiscovery(jira)();
    expect(r).toEqual({
      ok: false,
      error: {
        kind: 'jira_unavailable',
        operation: 'getFields',
        attempts: 5,
        network: {
          code: 'network',
          cause: 'refused',
          detail: 'ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:443',
        },
      },
    });
    expect(sleeps).toEqual([375, 750, 1500, 3000]);
  });

  it('does not retry a bug in the request path', async () => {
    const jira = createJiraClient({ requestJira: () => Promise.reject(new RangeError('bad route')) });
    await expect(fieldDiscovery(jira)()).rejects.toThrow('bad route');
  });

  it("maps a 404 to a typed error with Jira's messages", async () => {
    const r = await addLabels(client(), 'PM-404', ['x']);
    expect(r).toMatchObject({ ok: false, error: { kind: 'jira_http', status: 404, operation: 'editIssue' } });
  });

  it('the retired /search endpoint answers 410', async () => {
    const r = await client().send(
      'searchForIssuesUsingJqlPost',
      { method: 'POST', route: route`/rest/api/3/search`, body: { jql: 'project = PM' } },
      SearchResultsSchema,
    );
    expect(r).toMatchObject({ ok: false, error: { kind: 'jira_http', status: 410 } });
  });

  it('pages search/jql with nextPageToken until the last page', async () => {
    for (let i = 0; i < 250; i++) sim.addIssue(jiraIssue({ key: `PM-${i + 1}` }));
    const seen: number[] = [];
    const r = await forEachSearchPage(client(), { jql: 'project = PM', fields: ['summary'] }, (p) => {
      seen.push(p.issues.length);
      return true;
    });
    expect(r).toEqual({ ok: true, value: { pages: 3, nextPageToken: undefined } });
    expect(seen).toEqual([100, 100, 50]);
    expect(jiraCalls[1]?.body).toMatchObject({ nextPageToken: expect.any(String) });
  });

  it('discovers the app score field and both story-point fields, once per invocation', async () => {
    const fields = fieldDiscovery(client());
    const [a, b] = await Promise.all([fields(), fields()]);
    expect(a).toBe(b);
    expect(a.ok && a.value.scoreFieldId).toBe('customfield_10050');
    expect(a.ok && a.value.storyPointFieldIds).toEqual(['customfield_10016', 'customfield_10026']);
    expect(jiraCalls).toHaveLength(1);
  });

  it('writes many scores in one bulk call, grouping equal values', async () => {
    const issues = [jiraIssue(), jiraIssue(), jiraIssue()];
    sim.addIssue(...issues);
    const r = await writeScoreField(client(), 'customfield_10050', [
      { issueId: issues[0]!.id, value: 5 },
      { issueId: issues[1]!.id, value: 5 },
      { issueId: issues[2]!.id, value: 7.5 },
    ]);
    expect(r).toEqual({ ok: true, value: { requests: 1 } });
    expect(sim.issue(issues[1]!.id)?.fields.customfield_10050).toBe(5);
    expect(jiraCalls[0]?.body).toEqual({
      updates: [
        {
          customField: 'customfield_10050',
          issueIds: [Number(issues[0]!.id), Number(issues[1]!.id)],
          value: 5,
        },
        { customField: 'customfield_10050', issueIds: [Number(issues[2]!.id)], value: 7.5 },
      ],
    });
  });
});
