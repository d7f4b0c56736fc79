import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createJiraMirror } from '../../src/jira/jiraMirror';
import { createJiraRest } from '../../src/jira/jiraRest';
import type { JiraLink } from '../../src/jobs/handlers/classifyAndLabel';
import { jiraDuplicatesHandler } from '../../src/jobs/handlers/jiraDuplicatesHandler';
import type { Store } from '../../src/storage/store';
import { type Attachment, startCrossTrackerMock } from '../support/crossTrackerMock';
import { adf, JIRA_BASE, JiraSite, type SiteIssue, SUP_CONNECTION } from '../support/jiraSite';
import {
  LABEL_ORG,
  type LinearWorld,
  labelledStore,
  LABEL_NOW as NOW,
  runJob,
  testApi,
} from '../support/labellerWorld';
import { schemaMissing } from '../support/linearSchema';

const connection = SUP_CONNECTION;
const jiraIssue = (n: number, summary: string, description: string, updated: string): SiteIssue => ({
  id: String(10_000 + n),
  key: `SUP-${n}`,
  fields: { summary, description: adf(description), updated, issuelinks: [] },
});
// The seeded Linear history holds FB-90 (`hist-dup`): this Jira report is the same bug.
const invoice = () =>
  jiraIssue(
    200,
    'Invoice PDF download returns a blank page in Safari',
    'Clicking download invoice PDF in Safari opens a blank page instead of the file.',
    '2026-02-20T09:30:00.000+0000',
  );

let store: Store;
let world: LinearWorld;
let site: JiraSite;
let attachments: Attachment[];
let attachmentCalls: number;

beforeEach(async () => {
  store = await labelledStore();
  world = { labels: [], issueLabels: new Map(), comments: [], relations: [] };
  attachments = [];
  attachmentCalls = 0;
  site = new JiraSite();
  site.issues.push(
    jiraIssue(124, 'Dark mode for the settings page', 'Night owls want it.', '2026-02-19T10:00:00.000+0000'),
  );
});
afterEach(() => store.close());

const start = () =>
  startCrossTrackerMock(world, { id: 'unused', title: '', description: '' }, site, attachments, () => {
    attachmentCalls++;
  });

// A new REST client and mirror per job, as after a restart: everything that matters is stored.
const handler = () => {
  const rest = createJiraRest(connection);
  const jira: JiraLink = { rest, mirror: createJiraMirror(rest, { site: JIRA_BASE, projects: ['SUP'] }) };
  return jiraDuplicatesHandler({ api: testApi, jira: () => jira });
};
const payload = { organizationId: LABEL_ORG };
const remoteLinkPosts = () => site.calls.filter((c) => c.path.endsWith('/remotelink')).length;

describe.skipIf(schemaMissing)(
  'cross-tracker duplicates: a new Jira issue that duplicates a Linear issue',
  () => {
    it('links both ways once the Jira issue arrives; redelivery and a later refresh add nothing twice', async () => {
      const linear = start();
      // The first run takes the baseline: what Jira already held is not matched.
      expect(await runJob(handler(), store, payload, NOW)).toEqual({ kind: 'done' });
      expect(attachments).toEqual([]);

      site.issues.push(invoice());
      expect(await runJob(handler(), store, payload, NOW + 60_000)).toEqual({ kind: 'done' });
      expect(attachments).toEqual([
        {
          issueId: 'hist-dup',
          url: `${JIRA_BASE}/browse/SUP-200`,
          title: 'Duplicated by SUP-200 (Jira)',
          subtitle: 'Invoice PDF download returns a blank page in Safari',
        },
      ]);
      expect([...site.remoteLinks.values()]).toEqual([
        {
          issueKey: 'SUP-200',
          body: {
            globalId: 'trailmap:linear-duplicate:hist-dup',
            relationship: 'duplicates',
            object: {
              url: 'https://linear.app/acme/issue/ENG-90',
              title: 'FB-90: Invoice PDF download returns a blank page in Safari',
              summary: 'Linear issue that Trailmap found this one to duplicate',
            },
          },
        },
      ]);
      // The unrelated Jira issue links to nothing.
      expect([...site.remoteLinks.values()].some((l) => l.issueKey === 'SUP-124')).toBe(false);

      // Redelivered job, then the Jira issue edited (the refresh brings it again): no second link.
      expect(await runJob(handler(), store, payload, NOW + 60_000)).toEqual({ kind: 'done' });
      site.issues[1] = {
        ...invoice(),
        fields: { ...invoice().fields, updated: '2026-02-20T09:40:00.000+0000' },
      };
      expect(await runJob(handler(), store, payload, NOW + 120_000)).toEqual({ kind: 'done' });
      expect(attachmentCalls).toBe(1);
      expect(remoteLinkPosts()).toBe(1);

      // Never merges or closes: Jira sees searches and remote links, Linear only attachments.
      expect(site.calls.every((c) => c.method === 'POST' && /\/(search\/jql|remotelink)$/.test(c.path))).toBe(
        true,
      );
      expect(linear.names().filter((n) => !/^(CreateAttachment)$/.test(n))).toEqual([]);
      expect(world.relations).toEqual([]);
      expect(site.violations).toEqual([]);
    });

    it('a Jira issue already there when Jira is connected is not linked, only new ones are', async () => {
      start();
      site.issues.push(invoice());
      await runJob(handler(), store, payload, NOW);
      await runJob(handler(), store, payload, NOW + 60_000);
      expect(attachments).toEqual([]);
      expect(site.remoteLinks.size).toBe(0);
    });

    it('a failed remote link retries the job and links on the next run', async () => {
      start();
      await runJob(handler(), store, payload, NOW);
      site.issues.push(invoice());
      site.fail('/rest/api/3/issue/', 429, { 'Retry-After': '30' });
      const outcome = await runJob(handler(), store, payload, NOW + 60_000);
      expect(outcome).toMatchObject({ kind: 'retry', delayMs: 30_000 });
      expect(site.remoteLinks.size).toBe(0);
      expect(await runJob(handler(), store, payload, NOW + 120_000)).toEqual({ kind: 'done' });
      expect(site.remoteLinks.size).toBe(1);
      // The Linear attachment was posted on both attempts, keyed by url: still one attachment.
      expect(attachments).toHaveLength(1);
      expect(site.violations).toEqual([]);
    });

    it('an unrelated new Jira issue links nothing', async () => {
      start();
      await runJob(handler(), store, payload, NOW);
      site.issues.push(
        jiraIssue(
          201,
          'Webhook retries flood the audit log',
          'Every webhook retry writes a new audit entry.',
          '2026-02-20T09:30:00.000+0000',
        ),
      );
      expect(await runJob(handler(), store, payload, NOW + 60_000)).toEqual({ kind: 'done' });
      expect(attachments).toEqual([]);
      expect(site.remoteLinks.size).toBe(0);
    });
  },
);
