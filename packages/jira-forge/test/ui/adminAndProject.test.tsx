import { beforeEach, describe, expect, it } from 'vitest';
import { SettingsPage } from '../../src/entry/admin-page/frontend/SettingsPage';
import { adminResolver } from '../../src/entry/admin-page/resolver';
import { ProjectPage } from '../../src/entry/project-page/frontend/ProjectPage';
import { projectResolver } from '../../src/entry/project-page/resolver';
import { loadSettings, SETTINGS_KEY } from '../../src/storage/settings';
import { jiraIssue } from '../builders/jiraIssue';
import { jiraVersion } from '../builders/jiraVersion';
import { scoredIssues } from '../builders/scoredIssues';
import { forge } from '../forge-mock';
import { JiraSim } from '../msw/jiraSim';
import { server, writeCalls } from '../msw/server';
import { onInvoke, setProductContext } from '../setup';
import { asciiTree, renderUiKit, textOf } from './forgeDoc';

let sim: JiraSim;
// The trees docs/ shows are file snapshots: a change to a page fails until `vitest run -u` rewrites them.
const matchTree = (name: string, tree: string) =>
  expect(`${tree}\n`).toMatchFileSnapshot(`../../docs-trees/${name}.txt`);

beforeEach(() => {
  sim = new JiraSim();
  server.use(...sim.handlers());
});

describe('Trailmap settings page (UI Kit)', () => {
  beforeEach(() =>
    onInvoke((functionKey, payload) =>
      adminResolver({ call: { functionKey, payload }, context: {} } as never),
    ),
  );

  it('shows the framework, scorecards and feedback settings and saves valid changes to KVS', async () => {
    const ui = await renderUiKit(<SettingsPage />);
    expect(ui.find('Select', (n) => n.props.name === 'defaultFramework').props.value).toMatchObject({
      value: 'rice',
    });
    await ui.fire(ui.find('Select', (n) => n.props.name === 'defaultFramework').props.onChange, {
      value: 'wsjf',
    });
    await ui.fire(ui.find('Textfield', (n) => n.props.name === 'feedbackProjects').props.onChange, {
      target: { value: 'sup, help' },
    });
    await ui.fire(ui.find('Select', (n) => n.props.name === 'mode').props.onChange, { value: 'apply' });
    await ui.fire(ui.find('Button', (n) => JSON.stringify(n).includes('Save settings')).props.onClick);
    const saved = await loadSettings();
    expect(saved.scoring.defaultFramework).toBe('wsjf');
    expect(saved.feedback).toMatchObject({ projectKeys: ['SUP', 'HELP'], mode: 'apply' });
    expect(ui.text()).toContain('Settings saved.');
    await matchTree('admin-page', asciiTree(ui.doc()));
  });

  it('shows a clear error for an invalid threshold and saves nothing', async () => {
    const ui = await renderUiKit(<SettingsPage />);
    await ui.fire(ui.find('Textfield', (n) => n.props.name === 'threshold').props.onChange, {
      target: { value: '1.5' },
    });
    await ui.fire(ui.find('Button', (n) => JSON.stringify(n).includes('Save settings')).props.onClick);
    expect(ui.find('SectionMessage', (n) => n.props.appearance === 'error').props.title).toBe('Not saved');
    expect(ui.text()).toMatch(/feedback\.threshold/);
    expect((await loadSettings()).feedback.threshold).toBe(0.7);
  });

  it('stored settings that fail validation are shown with their problems, kept, and fixed in place', async () => {
    const stored = {
      scoring: { defaultFramework: 'wsjf', projects: { PM: 'rice' }, scorecards: [] },
      feedback: {
        projectKeys: ['SUP'],
        issueTypes: ['Feedback'],
        labels: ['bug'],
        threshold: 3,
        mode: 'apply',
      },
    };
    forge.kvs.set(SETTINGS_KEY, structuredClone(stored));
    const ui = await renderUiKit(<SettingsPage />);
    expect(ui.find('SectionMessage', (n) => n.props.appearance === 'warning').props.title).toMatch(
      /not valid/,
    );
    expect(ui.text()).toMatch(/feedback\.threshold/);
    // No defaults form to save over the stored document.
    expect(() => ui.find('Button', (n) => JSON.stringify(n).includes('Save settings'))).toThrow();
    expect(forge.kvs.get(SETTINGS_KEY)).toEqual(stored);

    const editor = ui.find('TextArea', (n) => n.props.name === 'storedJson');
    expect(JSON.parse(String(editor.props.value))).toEqual(stored);
    const fixed = { ...stored, feedback: { ...stored.feedback, threshold: 0.8 } };
    await ui.fire(editor.props.onChange, { target: { value: JSON.stringify(fixed) } });
    await ui.fire(ui.find('Button', (n) => JSON.stringify(n).includes('Save fixed settings')).props.onClick);
    const saved = await loadSettings();
    expect(saved.scoring).toMatchObject({ defaultFramework: 'wsjf', projects: { PM: 'rice' } });
    expect(saved.feedback).toMatchObject({ projectKeys: ['SUP'], threshold: 0.8, mode: 'apply' });
    expect(ui.text()).toContain('Settings saved.');
  });

  it('starts a bulk job and offers cancel while it runs', async () => {
    const ui = await renderUiKit(<SettingsPage />);
    await ui.fire(ui.find('Textfield', (n) => n.props.name === 'jobProject').props.onChange, {
      target: { value: 'PM' },
    });
    await ui.fire(ui.find('Button', (n) => JSON.stringify(n).includes('Rescore project')).props.onClick);
    expect(ui.text()).toMatch(/rescore-project PM: 0 of ~0 issues/);
    const cancel = ui.find('Button', (n) => JSON.stringify(n).includes('"Cancel"'));
    await ui.fire(cancel.props.onClick);
    expect(ui.text()).toContain('Cancelling…');
  });
});

describe('Roadmap & releases project page (UI Kit)', () => {
  beforeEach(() => {
    onInvoke((functionKey, payload) =>
      projectResolver({ call: { functionKey, payload }, context: {} } as never),
    );
    setProductContext({ extension: { project: { key: 'PM' } } });
    sim.versions.push(jiraVersion({ id: '10100', name: 'v1', releaseDate: '2026-02-15' }));
    sim.addIssue(...scoredIssues(6, { points: true }));
    // Completed work, one 3-point issue a week for twelve weeks: the forecast's throughput.
    sim.addIssue(
      ...Array.from({ length: 12 }, (_, w) =>
        jiraIssue({
          id: String(40000 + w),
          key: `PM-${40000 + w}`,
          summary: `Shipped ${w}`,
          status: 'Done',
          statusCategory: 'done',
          extraFields: {
            customfield_10016: { value: 3 },
            resolutiondate: new Date(Date.now() - (w * 7 + 3) * 86_400_000).toISOString(),
          },
        }),
      ),
    );
  });

  it('shows the board, the ranked backlog and the planner; preview then apply', async () => {
    const ui = await renderUiKit(<ProjectPage />);
    expect(ui.findAll('Tab')).toHaveLength(5);
    expect(ui.find('Frame').props.resource).toBe('roadmap-frame');
    const table = textOf(ui.find('DynamicTable'));
    const order = ['PM-30005', 'PM-30004', 'PM-30003', 'PM-30002', 'PM-30001', 'PM-30000'].map((k) =>
      table.indexOf(k),
    );
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    await ui.fire(ui.find('Checkbox', (n) => n.props.name === 'pick-10100').props.onChange, {
      target: { checked: true },
    });
    await ui.fire(ui.find('Textfield', (n) => n.props.name === 'capacity-10100').props.onChange, {
      target: { value: '6' },
    });
    await ui.fire(ui.find('Textfield', (n) => n.props.name === 'new-version').props.onChange, {
      target: { value: 'v2' },
    });
    await ui.fire(ui.find('Textfield', (n) => n.props.name === 'new-capacity').props.onChange, {
      target: { value: '6' },
    });
    await ui.fire(ui.find('Textfield', (n) => n.props.name === 'new-release-date').props.onChange, {
      target: { value: '2026-04-30' },
    });
    await ui.fire(ui.find('Button', (n) => JSON.stringify(n).includes('Preview plan')).props.onClick);
    expect(ui.text()).toMatch(/Plan value [\d.]+ vs greedy baseline/);
    // Twelve weeks of history at 3 points a week: each planned release gets P50 ≤ P85 ≤ P95 dates.
    const forecast = ui.find('DynamicTable', (n) => String(n.props.caption).startsWith('Release forecast'));
    expect(forecast.props.caption).toMatch(/from 1[12] weeks of throughput/);
    const dates = [...textOf(forecast).matchAll(/\d{4}-\d{2}-\d{2}/g)].map((m) => m[0]);
    expect(dates.length).toBeGreaterThanOrEqual(3);
    for (let i = 0; i + 2 < dates.length; i += 3)
      expect(dates[i]! <= dates[i + 1]! && dates[i + 1]! <= dates[i + 2]!).toBe(true);
    expect(textOf(forecast)).toMatch(/v1/);
    // 15 points for 12 of capacity: something is deferred, with core's sentence why.
    const deferred = ui.find('DynamicTable', (n) => n.props.caption === 'Deferred items and why');
    expect(textOf(deferred)).toMatch(
      /PM-\d+.*(capacity: [\d.]+ short in v[12]|lower value density|needs PM-)/s,
    );
    expect(writeCalls()).toEqual([]);
    await matchTree('project-page', asciiTree(ui.doc()));
    await ui.fire(ui.find('Button', (n) => JSON.stringify(n).includes('Apply this plan')).props.onClick);
    expect(ui.text()).toMatch(/Applied: \d+ changes in Jira/);
    expect(sim.versions.find((v) => v.name === 'v2')).toMatchObject({ releaseDate: '2026-04-30' });
    expect(new Set(writeCalls().map((c) => c.operationId))).toEqual(new Set(['createVersion', 'editIssue']));
  });
});
