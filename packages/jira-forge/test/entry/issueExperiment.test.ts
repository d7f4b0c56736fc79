import { beforeEach, describe, expect, it } from 'vitest';
import type { IssueExperimentView } from '../../src/services/issueExperiment';
import { E1, SSO_INPUTS } from '../builders/experimentResult';
import { jiraIssue } from '../builders/jiraIssue';
import { BULK_EDIT, pmIdea } from '../builders/scoredIssues';
import { JiraSim } from '../msw/jiraSim';
import { server, specViolations } from '../msw/server';
import { panelCall as call, projectCall } from '../resolverCall';

let sim: JiraSim;
beforeEach(() => {
  sim = new JiraSim();
  server.use(...sim.handlers());
  sim.addIssue(jiraIssue(BULK_EDIT));
});

describe('issue panel: Experiment section', () => {
  it('an issue without a result shows an empty section', async () => {
    const r = await call<IssueExperimentView>('experiment/get', { issueKey: 'PM-1' });
    expect(r).toMatchObject({ ok: true, data: { text: '', verdict: [] } });
  });

  it('saves pasted JSON as the issue property and shows the verdict', async () => {
    const r = await call<IssueExperimentView>('experiment/save', { issueKey: 'PM-1', text: E1 });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.data.verdict).toEqual([
      'B beats control on checkout: +10 % (+1.1 % to +19 %), significant at 95 %',
    ]);
    expect(r.data.results[0]!.comparisons[0]!.pValue).toBeCloseTo(0.02789, 5);
    expect(sim.propertiesOf('10001').get('trailmap.experiment')).toMatchObject({ text: E1 });
    const again = await call<IssueExperimentView>('experiment/get', { issueKey: 'PM-1' });
    expect(again).toMatchObject({ ok: true, data: { text: E1, verdict: r.data.verdict } });
    expect(await specViolations()).toEqual([]);
  });

  it('accepts CSV, one row per variant', async () => {
    const csv = 'name,users,conversions\ncontrol,10000,1000\nB,10000,1100\n';
    const r = await call<IssueExperimentView>('experiment/save', { issueKey: 'PM-1', text: csv });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.data.verdict[0]).toMatch(/^B beats control on conversion: \+10 %/);
  });

  it('refuses bad input with the field and stores nothing', async () => {
    const bad = JSON.stringify({
      metric: { type: 'binomial' },
      variants: [
        { name: 'c', users: 5, conversions: 9 },
        { name: 'B', users: 5, conversions: 1 },
      ],
    });
    const r = await call<IssueExperimentView>('experiment/save', { issueKey: 'PM-1', text: bad });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/conversions must not exceed users/);
    expect(sim.propertiesOf('10001').has('trailmap.experiment')).toBe(false);
  });
});

describe('project page: outcomes/get', () => {
  it('measures each idea with a saved experiment against its RICE confidence', async () => {
    sim.addIssue(pmIdea(2, 'SSO', SSO_INPUTS));
    const saved = await call('experiment/save', { issueKey: 'PM-2', text: E1 });
    expect(saved.ok).toBe(true);
    const r = await projectCall<{ summary: string[]; html: string }>('outcomes/get', { projectKey: 'PM' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.data.summary[0]).toBe('Outcomes: 1 ideas in 1 experiments, 1 delivered');
    expect(r.data.summary[1]).toMatch(
      /^ {2}PM-2 "SSO" \[.*confidence 80 %\]: predicted \+5 % \(RICE impact 2\), measured \+10 % → wins$/,
    );
    expect(r.data.html).toContain('class="calibration-chart"');
  });
});
