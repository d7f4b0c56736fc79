import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createJiraMirror } from '../../src/jira/jiraMirror';
import { createJiraRest } from '../../src/jira/jiraRest';
import type { JiraLink } from '../../src/jobs/handlers/classifyAndLabel';
import { issueHandler } from '../../src/jobs/handlers/issueHandler';
import type { Store } from '../../src/storage/store';
import { type Attachment, startCrossTrackerMock } from '../support/crossTrackerMock';
import { issueWebhook } from '../support/issueWebhook';
import { adf, JIRA_BASE, JiraSite, SUP_CONNECTION } from '../support/jiraSite';
import {
  type LinearWorld,
  labelledStore,
  labellerSettings,
  LABEL_NOW as NOW,
  runJob,
  testApi,
} from '../support/labellerWorld';
import { schemaMissing } from '../support/linearSchema';

const connection = SUP_CONNECTION;

const calendar = {
  id: 'issue-new',
  title: 'Calendar sync drops recurring events after a time zone change',
  description: 'Recurring events vanish from the agenda once I change the time zone in settings.',
};

let store: Store;
let world: LinearWorld;
let site: JiraSite;
let attachments: Attachment[];
let jira: JiraLink;

beforeEach(async () => {
  store = await labelledStore();
  world = { labels: [], issueLabels: new Map(), comments: [], relations: [] };
  attachments = [];
  site = new JiraSite();
  site.issues.push(
    {
      id: '10123',
      key: 'SUP-123',
      fields: {
        summary: calendar.title,
        description: adf(calendar.description),
        updated: '2026-02-19T10:00:00.000+0000',
        issuelinks: [],
      },
    },
    {
      id: '10124',
      key: 'SUP-124',
      fields: {
        summary: 'Dark mode for the settings page',
        description: adf('Night owls want it.'),
        issuelinks: [],
      },
    },
  );
  // One REST client and mirror for the whole test, as the worker keeps them across jobs.
  const rest = createJiraRest(connection);
  jira = { rest, mirror: createJiraMirror(rest, { site: JIRA_BASE, projects: connection.projects }) };
});
afterEach(() => store.close());

const start = () => startCrossTrackerMock(world, calendar, site, attachments);

const created = () =>
  issueWebhook({ data: { id: calendar.id, title: calendar.title, description: calendar.description } });
const handler = () => issueHandler({ settings: labellerSettings, api: testApi, jira: () => jira });

describe.skipIf(schemaMissing)(
  'cross-tracker duplicates: a Linear issue that duplicates a Jira issue',
  () => {
    it('surfaces "duplicates SUP-123" and links both ways; a retried job adds nothing twice', async () => {
      const linear = start();
      const first = await runJob(handler(), store, created(), NOW);
      expect(first).toEqual({ kind: 'done' });
      expect(attachments).toEqual([
        {
          issueId: 'issue-new',
          url: `${JIRA_BASE}/browse/SUP-123`,
          title: 'Duplicates SUP-123 (Jira)',
          subtitle: calendar.title,
        },
      ]);
      expect([...site.remoteLinks.values()]).toEqual([
        {
          issueKey: 'SUP-123',
          body: {
            globalId: 'trailmap:linear-duplicate:issue-new',
            relationship: 'is duplicated by',
            object: {
              url: 'https://linear.app/acme/issue/ENG-100',
              title: `FB-100: ${calendar.title}`,
              summary: 'Linear issue that Trailmap found to duplicate this one',
            },
          },
        },
      ]);
      expect(world.comments[0]?.body).toMatch(
        /This Linear issue duplicates SUP-123 \(\d+ %\) in Jira \(linked both ways/,
      );
      // The unrelated Jira issue is neither linked nor mentioned; nothing in Linear is related to it.
      expect(world.comments[0]?.body).not.toContain('SUP-124');
      expect(world.relations).toEqual([]);

      expect((await runJob(handler(), store, created(), NOW + 60_000)).kind).toBe('done');
      expect(attachments).toHaveLength(1);
      expect(site.remoteLinks.size).toBe(1);
      expect(world.comments).toHaveLength(1);
      // The second job read only what changed in Jira since the first.
      const jqls = site.calls
        .filter((c) => c.path.endsWith('/search/jql'))
        .map((c) => (c.body as { jql: string }).jql);
      expect(jqls).toEqual([
        'project in ("SUP") ORDER BY updated DESC',
        'project in ("SUP") AND updated >= -2m ORDER BY updated DESC',
      ]);
      // Never merges or closes: Jira only sees searches and remote links, Linear no state change.
      expect(site.calls.every((c) => c.method === 'POST' && /\/(search\/jql|remotelink)$/.test(c.path))).toBe(
        true,
      );
      expect(linear.names().some((n) => /Update|Archive|Delete|Merge/i.test(n))).toBe(false);
      expect(site.violations).toEqual([]);
    });

    it('a Jira rate limit retries the job through the queue, no sooner than Jira asked', async () => {
      start();
      site.fail('/rest/api/3/search/jql', 429, { 'Retry-After': '30' });
      const outcome = await runJob(handler(), store, created(), NOW);
      expect(outcome).toMatchObject({ kind: 'retry', delayMs: 30_000 });
      expect(outcome.kind === 'retry' && outcome.error).toMatch(
        /^Jira searchAndReconsileIssuesUsingJqlPost: Jira answered HTTP 429/,
      );
      expect(site.remoteLinks.size).toBe(0);
      expect((await runJob(handler(), store, created(), NOW + 30_000)).kind).toBe('done');
      expect(site.remoteLinks.size).toBe(1);
      expect(site.violations).toEqual([]);
    });

    it('a rejected Jira credential dead-letters with one line naming Jira', async () => {
      start();
      site.fail('/rest/api/3/search/jql', 401);
      const outcome = await runJob(handler(), store, created(), NOW);
      expect(outcome).toEqual({
        kind: 'dead',
        error: 'Jira searchAndReconsileIssuesUsingJqlPost: Jira answered HTTP 401: Rate limit exceeded.',
      });
    });

    it('without a Jira connection nothing is sent to Jira', async () => {
      start();
      await runJob(issueHandler({ settings: labellerSettings, api: testApi }), store, created(), NOW);
      expect(site.calls).toEqual([]);
      expect(attachments).toEqual([]);
    });
  },
);
