import type { FactorInput, ScoringField } from '@trailmap/core/scoring';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { pmIdea } from '../builders/scoredIssues';
import { JiraSim } from '../msw/jiraSim';
import { server } from '../msw/server';
import { onInvoke, setProductContext } from '../setup';

// The issue's "Done when": a scale or field name changed in core reaches the Jira panel with no
// other edit. These mocks ARE that edit, made to core's own vocabulary modules (the files a
// maintainer would change); nothing in jira-forge is touched or told. The CLI has the same
// proof (packages/cli/src/commands/vocabularyChange.test.ts).
//
// 1. A field name: RICE reach becomes the `audience` field, fed by an "Audience" column.
vi.mock('../../../core/src/scoring/vocabulary/scoringFields', async (importOriginal) => {
  const real = await importOriginal<{ REACH: ScoringField; SCORING_FIELDS: readonly ScoringField[] }>();
  const audience = { ...real.REACH, name: 'audience', column: 'Audience', aliases: ['Reach'] };
  return {
    ...real,
    REACH: audience,
    SCORING_FIELDS: real.SCORING_FIELDS.map((f) => (f === real.REACH ? audience : f)),
  };
});
// 2. A scale: RICE impact gains a top value 5 "galactic", and 3 is now called "huge".
vi.mock('../../../core/src/scoring/rice/riceInputs', async (importOriginal) => {
  const real = await importOriginal<{ RICE_INPUTS: readonly FactorInput[] }>();
  const [reach, impact, ...rest] = real.RICE_INPUTS;
  const named = [
    { value: 5, words: ['galactic'] },
    { value: 3, words: ['huge'] },
    ...impact!.scale.named!.filter((n) => n.value !== 3),
  ];
  const changed: FactorInput = {
    ...impact!,
    scale: { ...impact!.scale, values: named.map((n) => n.value), named },
  };
  return { ...real, RICE_INPUTS: [reach!, changed, ...rest] };
});

// The setup file has already loaded core (unmocked); the app is imported afresh so it and core
// load with the changed vocabulary.
let app: {
  ScorePanel: typeof import('../../src/entry/issue-panel/frontend/ScorePanel').ScorePanel;
  panelResolver: typeof import('../../src/entry/issue-panel/resolver').panelResolver;
  renderUiKit: typeof import('./forgeDoc').renderUiKit;
};
beforeAll(async () => {
  vi.resetModules();
  const [panel, resolver, doc] = await Promise.all([
    import('../../src/entry/issue-panel/frontend/ScorePanel'),
    import('../../src/entry/issue-panel/resolver'),
    import('./forgeDoc'),
  ]);
  app = { ScorePanel: panel.ScorePanel, panelResolver: resolver.panelResolver, renderUiKit: doc.renderUiKit };
});

let sim: JiraSim;
const invoke = (functionKey: string, payload: unknown) =>
  app.panelResolver({ call: { functionKey, payload }, context: {} } as never) as Promise<{
    ok: boolean;
    data?: unknown;
    error?: string;
  }>;

beforeEach(() => {
  sim = new JiraSim();
  server.use(...sim.handlers());
  onInvoke((functionKey, payload) => invoke(functionKey, payload));
  setProductContext({ extension: { issue: { key: 'PM-1' } } });
  sim.addIssue(pmIdea(1, 'Bulk edit', { audience: 400, impact: 'galactic', confidence: '80%', effort: 2 }));
});

describe('a scoring vocabulary change in core reaches the Jira panel', () => {
  it('renders the renamed field and the changed scale, and scores with them', async () => {
    const ui = await app.renderUiKit(<app.ScorePanel />);
    expect(ui.find('Textfield', (n) => n.props.name === 'audience')).toBeDefined();
    expect(ui.findAll('Textfield').map((n) => n.props.name)).not.toContain('reach');
    const impact = ui.find('Select', (n) => n.props.name === 'impact');
    expect((impact.props.options as Array<{ label: string }>).map((o) => o.label)).toEqual([
      'galactic (5)',
      'huge (3)',
      'high (2)',
      'medium (1)',
      'low (0.5)',
      'minimal (0.25)',
    ]);
    // The stored word reads back to its choice, and the score uses 5: 400 × 5 × 0.8 ÷ 2.
    expect(impact.props.value).toMatchObject({ label: 'galactic (5)' });
    expect(ui.text()).toContain('Score 800');
  });

  it("validates saves on the changed scale: the new word is accepted, the dropped one refused with the scale's own words", async () => {
    const saved = await invoke('score/save', {
      issueKey: 'PM-1',
      values: { audience: 100, impact: 'Huge', confidence: '100%', effort: 1 },
    });
    expect(saved.ok).toBe(true);
    expect(sim.issue('PM-1')?.fields.customfield_10050).toBe(300);
    const refused = await invoke('score/save', {
      issueKey: 'PM-1',
      values: { audience: 100, impact: 'massive', confidence: '100%', effort: 1 },
    });
    expect(refused.ok).toBe(false);
    expect(JSON.stringify(refused)).toContain(
      'expected one of 5, 3, 2, 1, 0.5, 0.25 (galactic, huge, high, medium, low, minimal)',
    );
    // The old field name no longer feeds RICE.
    const old = await invoke('score/save', {
      issueKey: 'PM-1',
      values: { reach: 100, impact: 2, confidence: '100%', effort: 1 },
    });
    expect(JSON.stringify(old)).toMatch(/audience is missing/);
  });
});
