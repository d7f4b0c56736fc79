import { beforeEach, describe, expect, it } from 'vitest';
import { SuggestionsSection } from '../../src/entry/issue-panel/frontend/SuggestionsSection';
import { panelResolver } from '../../src/entry/issue-panel/resolver';
import { jiraIssue } from '../builders/jiraIssue';
import { JiraSim } from '../msw/jiraSim';
import { server, specViolations } from '../msw/server';
import { onInvoke } from '../setup';
import { renderUiKit, textOf } from './forgeDoc';

let sim: JiraSim;
const title = 'Export roadmap to PDF crashes on large timelines';
beforeEach(() => {
  sim = new JiraSim();
  server.use(...sim.handlers());
  onInvoke((functionKey, payload) => panelResolver({ call: { functionKey, payload }, context: {} } as never));
  const body = 'Exporting a roadmap with more than 200 items to PDF crashes the browser tab.';
  sim.addIssue(
    jiraIssue({ key: 'PM-1', summary: title, description: body }),
    jiraIssue({ key: 'PM-2', summary: title, description: body }),
    jiraIssue({
      key: 'PM-3',
      summary: title,
      description: 'Exporting a roadmap with more than 200 items to PDF crashes the browser.',
    }),
    jiraIssue({
      key: 'PM-4',
      summary: 'Dark mode for the settings page',
      description: 'Night owls want it.',
    }),
  );
});

describe('Similar issues section (UI Kit)', () => {
  it('labels each suggestion and links one with a click', async () => {
    const ui = await renderUiKit(<SuggestionsSection issueKey="PM-1" />);
    const rows = ui.findAll('Inline');
    expect(rows.map((r) => textOf(r))).toEqual([
      expect.stringMatching(/^likely duplicate.*PM-2 .*Link$/s),
      expect.stringMatching(/^related.*PM-3 .*Link$/s),
    ]);
    expect(ui.text()).not.toContain('PM-4');
    await ui.fire(ui.findAll('Button')[1]!.props.onClick);
    expect(sim.links).toEqual([{ type: 'Relates', inward: 'PM-1', outward: 'PM-3' }]);
    const buttons = ui.findAll('Button').map((b) => textOf(b));
    expect(buttons).toEqual(['Link', 'Linked']);
    expect(ui.findAll('Button')[1]!.props.isDisabled).toBe(true);
    expect(await specViolations()).toEqual([]);
  });
});
