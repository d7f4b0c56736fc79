import { beforeEach, describe, expect, it } from 'vitest';
import { DuplicatesPanel } from '../../src/entry/project-page/frontend/DuplicatesPanel';
import { projectResolver } from '../../src/entry/project-page/resolver';
import { duplicateProject, linkAsDuplicate } from '../builders/duplicateProject';
import { jiraIssue } from '../builders/jiraIssue';
import { JiraSim } from '../msw/jiraSim';
import { server, writeCalls } from '../msw/server';
import { onInvoke } from '../setup';
import { renderUiKit } from './forgeDoc';

let sim: JiraSim;
beforeEach(() => {
  sim = new JiraSim();
  sim.projects.push({ id: '10001', key: 'SUP', name: 'Support' });
  server.use(...sim.handlers());
  onInvoke((functionKey, payload) =>
    projectResolver({ call: { functionKey, payload }, context: {} } as never),
  );
});

describe('project page: Duplicates tab (UI Kit)', () => {
  it('shows learnt thresholds with the precision and recall measured on the project, writing nothing', async () => {
    sim.addIssue(...duplicateProject({ count: 300, pairs: 30, seed: 4 }).issues);
    const ui = await renderUiKit(<DuplicatesPanel projectKey="SUP" />);
    const text = ui.text();
    expect(text).toContain('Learnt thresholds');
    expect(text).toMatch(/30 known duplicate pairs among 300 issues/);
    expect(text).toMatch(/Link at 0\.\d\d: precision (9[5-9]|100) %, recall \d+ %/);
    expect(writeCalls()).toEqual([]);
  });

  it('says the defaults are used, and why, below 20 known pairs', async () => {
    const a = jiraIssue({ key: 'SUP-1', project: 'SUP', summary: 'Dark mode' });
    const b = jiraIssue({ key: 'SUP-2', project: 'SUP', summary: 'Dark theme please' });
    linkAsDuplicate(b, a);
    sim.addIssue(a, b);
    const ui = await renderUiKit(<DuplicatesPanel projectKey="SUP" />);
    expect(ui.text()).toContain('Default thresholds');
    expect(ui.text()).toMatch(/only 1 known duplicate pairs \(fewer than 20\)/);
    expect(ui.text()).toMatch(/Link at 0\.92: precision –/);
  });
});
