import { beforeEach, describe, expect, it } from 'vitest';
import { OutcomesPanel } from '../../src/entry/project-page/frontend/OutcomesPanel';
import { projectResolver } from '../../src/entry/project-page/resolver';
import { E1, SSO_INPUTS } from '../builders/experimentResult';
import { jiraIssue } from '../builders/jiraIssue';
import { pmIdea } from '../builders/scoredIssues';
import { JiraSim } from '../msw/jiraSim';
import { server } from '../msw/server';
import { onInvoke } from '../setup';
import { renderUiKit, textOf } from './forgeDoc';

let sim: JiraSim;
beforeEach(() => {
  sim = new JiraSim();
  server.use(...sim.handlers());
  onInvoke((functionKey, payload) =>
    projectResolver({ call: { functionKey, payload }, context: {} } as never),
  );
});

describe('project page: Outcomes tab (UI Kit)', () => {
  it('tabulates predicted vs measured, calibration, the Brier score and the suggestion', async () => {
    sim.addIssue(pmIdea(2, 'SSO', SSO_INPUTS, { properties: { 'trailmap.experiment': { text: E1 } } }));
    const ui = await renderUiKit(<OutcomesPanel projectKey="PM" />);
    const [ideas, calibration] = ui.findAll('DynamicTable');
    expect(ideas!.props.caption).toBe('Predicted vs measured, per idea');
    const row = textOf(ideas!);
    expect(row).toMatch(/PM-2.*SSO.*checkout \(B\).*80 %.*\+5 %.*\+10 %.*wins/s);
    expect(textOf(calibration!)).toMatch(/80 %.*1.*1.*100 %/s);
    // One idea at 80 % that delivered: (0.8 − 1)² = 0.04.
    expect(ui.text()).toContain('Brier score: 0.040');
    const note = ui.find('SectionMessage', (n) => n.props.appearance === 'information');
    expect(note.props.title).toMatch(/never changes/);
    expect(textOf(note).length).toBeGreaterThan(10);
  });

  it('says how to start when no issue holds an experiment result', async () => {
    sim.addIssue(jiraIssue({ id: '10003', key: 'PM-3', summary: 'Plain' }));
    const ui = await renderUiKit(<OutcomesPanel projectKey="PM" />);
    expect(ui.text()).toMatch(/No experiments yet/);
    expect(ui.findAll('DynamicTable')).toHaveLength(0);
  });
});
