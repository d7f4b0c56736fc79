import { beforeEach, describe, expect, it } from 'vitest';
import type { SuggestionsView } from '../../src/services/duplicateSuggestions';
import { jiraIssue } from '../builders/jiraIssue';
import { JiraSim } from '../msw/jiraSim';
import { jiraCalls, server, specViolations } from '../msw/server';
import { panelCall as call } from '../resolverCall';

let sim: JiraSim;
beforeEach(() => {
  sim = new JiraSim();
  server.use(...sim.handlers());
  sim.addIssue(
    jiraIssue({
      key: 'PM-1',
      summary: 'Export roadmap to PDF crashes on large timelines',
      description: 'Exporting a roadmap with more than 200 items to PDF crashes the browser tab.',
    }),
    jiraIssue({
      key: 'PM-2',
      summary: 'Export roadmap to PDF crashes on large timelines',
      description: 'Exporting a roadmap with more than 200 items to PDF crashes the browser tab.',
      updated: '2026-01-07T10:00:00.000+0000',
    }),
    jiraIssue({
      key: 'PM-3',
      summary: 'Export roadmap to PDF crashes on large timelines',
      description: 'Exporting a roadmap with more than 200 items to PDF crashes the browser.',
    }),
    jiraIssue({
      key: 'PM-4',
      summary: 'Dark mode for the settings page',
      description: 'Night owls want it.',
    }),
  );
});

describe('issue panel: similar-issue suggestions', () => {
  it('ranks likely duplicates above related ideas through the spec-validated search', async () => {
    const r = await call<SuggestionsView>('suggestions/get', { issueKey: 'PM-1' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.data.thresholds).toMatchObject({ link: 0.92, suggest: 0.8, source: 'default' });
    const byKey = Object.fromEntries(r.data.suggestions.map((s) => [s.key, s]));
    expect(byKey['PM-2']).toMatchObject({ label: 'likely duplicate', linkType: 'Duplicate', linked: false });
    expect(byKey['PM-3']).toMatchObject({ label: 'related', linkType: 'Relates' });
    expect(byKey['PM-4']).toBeUndefined();
    expect(byKey['PM-1']).toBeUndefined();
    expect(jiraCalls.some((c) => c.path === '/rest/api/3/search/jql')).toBe(true);
    expect(await specViolations()).toEqual([]);
  });

  it('Link creates one Duplicate link; a second click is harmless and changes nothing else', async () => {
    const before = structuredClone(sim.issue('PM-2')!.fields);
    const first = await call<{ created: boolean }>('suggestions/link', {
      issueKey: 'PM-1',
      targetKey: 'PM-2',
      type: 'Duplicate',
    });
    expect(first).toEqual({ ok: true, data: { created: true } });
    const second = await call<{ created: boolean }>('suggestions/link', {
      issueKey: 'PM-1',
      targetKey: 'PM-2',
      type: 'Duplicate',
    });
    expect(second).toEqual({ ok: true, data: { created: false } });
    expect(sim.links).toEqual([{ type: 'Duplicate', inward: 'PM-1', outward: 'PM-2' }]);
    const { issuelinks, ...rest } = sim.issue('PM-2')!.fields;
    expect(rest).toEqual(before);
    expect(issuelinks).toHaveLength(1);
    expect(
      jiraCalls.filter((c) => c.method !== 'GET' && c.path !== '/rest/api/3/search/jql').map((c) => c.path),
    ).toEqual(['/rest/api/3/issueLink']);
    const after = await call<SuggestionsView>('suggestions/get', { issueKey: 'PM-1' });
    if (!after.ok) throw new Error(after.error.message);
    expect(after.data.suggestions.find((s) => s.key === 'PM-2')?.linked).toBe(true);
    expect(await specViolations()).toEqual([]);
  });

  it('rejects a bad payload with one clear line and calls no Jira', async () => {
    const r = await call('suggestions/link', { issueKey: 'PM-1', targetKey: 'PM-2', type: 'Blocks' });
    expect(r.ok).toBe(false);
    expect(jiraCalls).toEqual([]);
  });
});
