import { beforeEach, describe, expect, it } from 'vitest';
import { handleIssueCreated } from '../../src/entry/issue-created-trigger/index';
import { handleIssueUpdated } from '../../src/entry/issue-updated-trigger/index';
import { createJiraClient } from '../../src/jira/jiraClient';
import type { JiraIssue } from '../../src/jira/jiraSchemas';
import type { DuplicateOutcome } from '../../src/services/triggerDuplicates';
import { loadDuplicateReport } from '../../src/storage/duplicateReports';
import { saveSettings } from '../../src/storage/settings';
import { duplicateProject, linkAsDuplicate } from '../builders/duplicateProject';
import { createdEvent, updatedEvent } from '../builders/issueEvent';
import { jiraIssue } from '../builders/jiraIssue';
import { JiraSim } from '../msw/jiraSim';
import { jiraCalls, server, writeCalls } from '../msw/server';

let sim: JiraSim;
const jira = () => createJiraClient({ sleep: async () => undefined });
const T0 = Date.parse('2026-01-10T09:00:00Z');
const at = (minutes: number) => () => new Date(T0 + minutes * 60_000);

beforeEach(async () => {
  sim = new JiraSim();
  sim.projects.push({ id: '10001', key: 'SUP', name: 'Support' });
  server.use(...sim.handlers());
  const saved = await saveSettings({
    feedback: { projectKeys: ['SUP'], issueTypes: ['Feedback'], labels: ['bug'], comment: true },
  });
  expect(saved.ok).toBe(true);
});

const feedback = (key: string, summary: string, description: string, id?: string) =>
  jiraIssue({
    ...(id ? { id } : {}),
    key,
    project: 'SUP',
    projectId: '10001',
    issuetype: 'Feedback',
    summary,
    description,
  });

async function created(issue: JiraIssue, now = at(0)): Promise<DuplicateOutcome> {
  const outcome = await handleIssueCreated(createdEvent(issue), jira(), now);
  if (!('duplicates' in outcome) || !outcome.duplicates)
    throw new Error(`no duplicate check: ${JSON.stringify(outcome)}`);
  return outcome.duplicates;
}

/** Every write must be an added link or a comment: nothing edited, transitioned or deleted. */
function expectOnlyAdditions() {
  for (const c of writeCalls()) expect(['linkIssues', 'addComment']).toContain(c.operationId);
  expect(jiraCalls.some((c) => c.method === 'DELETE')).toBe(false);
}

describe('Jira trigger: duplicates with thresholds learnt from the project', () => {
  it('with 20 or more known duplicate pairs, links at the learnt threshold and reports precision and recall', async () => {
    // The probes arrive as new issues: their Duplicate links are not there yet.
    const { issues, probes } = duplicateProject({ count: 400, pairs: 40, seed: 8, unlinked: 6 });
    const probeKeys = new Set(probes.map((p) => p.duplicate));
    sim.addIssue(...issues.filter((i) => !probeKeys.has(i.key)));
    const before = new Map(sim.issues.map((i) => [i.key, structuredClone(i.fields)]));

    // They arrive one at a time, a minute apart, as new issues do.
    const outcomes: DuplicateOutcome[] = [];
    for (const [n, p] of probes.entries()) {
      const probe = issues.find((i) => i.key === p.duplicate)!;
      sim.addIssue(probe);
      before.set(probe.key, structuredClone(probe.fields));
      outcomes.push(await created(probe, at(n)));
    }
    const t = outcomes[0]!.thresholds;
    expect(t.source).toBe('learnt');
    expect(t.knownPairs).toBeGreaterThanOrEqual(20);
    expect(t.linkPrecision).toBeGreaterThanOrEqual(0.95);
    // Reworded duplicates score well below the fixed 0.92: the learnt threshold is lower.
    expect(t.link).toBeLessThan(0.92);
    expect(t.suggest).toBeLessThanOrEqual(t.link);
    for (const o of outcomes) {
      // Each event uses the thresholds of its moment (a new link is a new known pair: refit).
      expect(o.thresholds.source).toBe('learnt');
      if (o.linked) expect(o.linked.score).toBeGreaterThanOrEqual(round(o.thresholds.link));
      else expect(o.related[0]?.score ?? 0).toBeLessThan(o.thresholds.link);
    }
    const belowDefault = outcomes.filter((o) => o.linked && o.linked.score < 0.92);
    expect(belowDefault.length).toBeGreaterThan(0);
    // Links go from the probe ("duplicates") to the issue it matched.
    for (const [i, o] of outcomes.entries()) {
      if (o.linked)
        expect(sim.links).toContainEqual({
          type: 'Duplicate',
          inward: probes[i]!.duplicate,
          outward: o.linked.key,
        });
    }
    const comment = sim.comments.get(probes[outcomes.findIndex((o) => o.linked)]!.duplicate)?.[0] ?? '';
    expect(comment).toMatch(
      /Thresholds learnt from \d+ known duplicates in this project: link at 0\.\d+ \(precision \d+ %, recall \d+ %\)/,
    );

    // The stored report is the fit the last event used.
    const last = outcomes.at(-1)!.thresholds;
    const report = await loadDuplicateReport('SUP');
    expect(report).toMatchObject({
      projectKey: 'SUP',
      source: 'learnt',
      knownPairs: last.knownPairs,
      link: last.link,
    });
    expect(report?.indexed).toBeGreaterThanOrEqual(394);
    expect(report?.linkRecall).toBeGreaterThan(0);

    expectOnlyAdditions();
    // Nothing but links changed on any issue.
    for (const issue of sim.issues) {
      const { issuelinks: _a, ...now } = issue.fields;
      const { issuelinks: _b, ...was } = before.get(issue.key)!;
      expect(now).toEqual(was);
    }
  });

  it('below 20 known pairs keeps the defaults and says so', async () => {
    const a = feedback(
      'SUP-1',
      'Invoice PDF download returns a blank page in Safari',
      'Clicking download invoice PDF in Safari opens a blank page.',
    );
    const b = feedback('SUP-2', 'Dark mode for the settings page', 'Night owls want it.');
    const c = feedback('SUP-3', 'Dark mode for settings', 'Please add a dark theme.');
    linkAsDuplicate(c, b);
    sim.addIssue(a, b, c);
    const fresh = feedback(
      'SUP-4',
      'Invoice PDF download returns a blank page in Safari',
      'Clicking download invoice PDF in Safari opens a blank page.',
    );
    sim.addIssue(fresh);
    const d = await created(fresh);
    expect(d.thresholds).toMatchObject({ source: 'default', link: 0.92, suggest: 0.8, knownPairs: 1 });
    expect(d.thresholds.notes.join(' ')).toMatch(
      /only 1 known duplicate pairs \(fewer than 20\): using the default thresholds/,
    );
    expect(d.linked).toMatchObject({ key: 'SUP-1', created: true });
    expect(sim.comments.get('SUP-4')?.[0]).toMatch(
      /Default thresholds \(link 0\.92, suggest 0\.8\): only 1 known duplicates in this project, fewer than 20/,
    );
    const report = await loadDuplicateReport('SUP');
    expect(report).toMatchObject({ source: 'default', knownPairs: 1 });
    expect(report?.linkPrecision).toBeUndefined();
    expect(report?.notes[0]).toMatch(/fewer than 20/);
    expectOnlyAdditions();
  });

  it('a redelivery or a text edit links nothing twice and comments once; a resolved issue is never touched', async () => {
    const original = feedback(
      'SUP-1',
      'Invoice PDF download returns a blank page in Safari',
      'Clicking download invoice PDF in Safari opens a blank page.',
    );
    original.fields.status = { name: 'Done', statusCategory: { key: 'done', name: 'Done' } };
    original.fields.resolution = { name: 'Fixed' };
    const fresh = feedback(
      'SUP-2',
      'Invoice PDF download returns a blank page in Safari',
      'Clicking download invoice PDF in Safari opens a blank page.',
      '40002',
    );
    sim.addIssue(original, fresh);
    const first = await created(fresh);
    expect(first.linked).toMatchObject({ key: 'SUP-1', created: true });
    expect(await handleIssueCreated(createdEvent(fresh), jira(), at(1))).toEqual({ action: 'duplicate' });
    const edit = updatedEvent(sim.issue('SUP-2')!, '10500', [
      { field: 'summary', fromString: 'x', toString: 'y' },
    ]);
    const again = await handleIssueUpdated(edit, jira(), at(2));
    expect(again).toMatchObject({
      action: 'rechecked',
      duplicates: { linked: { key: 'SUP-1', created: false }, commented: false },
    });
    expect(sim.links).toHaveLength(1);
    expect(sim.comments.get('SUP-2')).toHaveLength(1);
    expect(sim.issue('SUP-1')!.fields.status).toEqual(original.fields.status);
    expect(sim.issue('SUP-1')!.fields.resolution).toEqual({ name: 'Fixed' });
    expectOnlyAdditions();
  });

  it('keeps the index warm: later events read only what changed since the last read', async () => {
    const x = feedback(
      'SUP-1',
      'Calendar sync drops recurring events after a time zone change',
      'Recurring events vanish once I change the time zone in settings.',
    );
    const y = feedback('SUP-2', 'Dark mode for the settings page', 'Night owls want it.');
    sim.addIssue(x, y);
    await created(y, at(0));
    const later = feedback(
      'SUP-3',
      'Calendar sync drops recurring events after a time zone change',
      'Recurring events vanish once I change the time zone in settings.',
    );
    sim.addIssue(later);
    const d = await created(later, at(2));
    expect(d.linked).toMatchObject({ key: 'SUP-1', created: true });
    const searches = jiraCalls
      .filter((c) => c.operationId === 'searchAndReconsileIssuesUsingJqlPost')
      .map((c) => (c.body as { jql: string }).jql);
    expect(searches).toEqual([
      'project = "SUP" ORDER BY updated DESC',
      'project = "SUP" AND updated >= -3m ORDER BY updated DESC',
    ]);
    // A quarter of an hour on, the project is read whole again (deleted issues leave the index).
    const other = feedback('SUP-4', 'Export to CSV', 'Please.');
    sim.addIssue(other);
    await created(other, at(20));
    const last = jiraCalls.filter((c) => c.operationId === 'searchAndReconsileIssuesUsingJqlPost').at(-1);
    expect((last!.body as { jql: string }).jql).toBe('project = "SUP" ORDER BY updated DESC');
  });
});

function round(x: number) {
  return Math.round(x * 100) / 100;
}
