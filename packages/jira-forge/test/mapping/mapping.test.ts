import { adfToText, unwrapNumber } from '@trailmap/trackers';
import { describe, expect, it } from 'vitest';
import { formFromSettings, settingsFromForm } from '../../src/entry/admin-page/frontend/settingsForm';
import { mapFields } from '../../src/jira/fieldDiscovery';
import { toJiraLabel } from '../../src/mapping/fromJiraFeedback';
import { workItemFromJiraIssue } from '../../src/mapping/fromJiraIssue';
import { computeChanges } from '../../src/services/planChanges';
import { SettingsSchema } from '../../src/storage/settings';
import { siteFields } from '../builders/jiraField';
import { jiraIssue } from '../builders/jiraIssue';
import { jiraVersion } from '../builders/jiraVersion';

describe('Jira value mapping', () => {
  it('unwraps numbers that arrive bare, wrapped as {value} or as strings', () => {
    expect([
      unwrapNumber(5),
      unwrapNumber({ value: 8 }),
      unwrapNumber('3.5'),
      unwrapNumber({ value: null }),
      unwrapNumber('x'),
    ]).toEqual([5, 8, 3.5, undefined, undefined]);
  });

  it('flattens ADF descriptions to text', () => {
    const adf = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'It ' },
            { type: 'text', text: 'crashes' },
          ],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'Twice.' }] },
      ],
    };
    expect(adfToText(adf).trim()).toBe('It crashes\nTwice.');
  });

  it('reads story points from whichever field the project uses (team- or company-managed)', () => {
    const fields = mapFields(siteFields());
    const team = workItemFromJiraIssue(
      jiraIssue({ extraFields: { customfield_10016: { value: 5 } } }),
      fields,
    );
    const company = workItemFromJiraIssue(jiraIssue({ extraFields: { customfield_10026: 3 } }), fields);
    expect([team.estimate, company.estimate]).toEqual([
      { value: 5, unit: 'points' },
      { value: 3, unit: 'points' },
    ]);
  });

  it('reads Blocks links both ways through the shared Jira mapping', () => {
    const item = workItemFromJiraIssue(
      jiraIssue({
        extraFields: {
          issuelinks: [
            { type: { name: 'Blocks' }, inwardIssue: { key: 'PM-2' } },
            { type: { name: 'Blocks' }, outwardIssue: { key: 'PM-3' } },
            { type: { name: 'Relates' }, inwardIssue: { key: 'PM-4' } },
          ],
        },
      }),
      mapFields(siteFields()),
    );
    expect([item.blockedBy, item.blocks]).toEqual([['PM-2'], ['PM-3']]);
  });

  it('turns model labels into Jira labels (no spaces)', () => {
    expect(toJiraLabel('Feature request')).toBe('feature-request');
  });
});

describe('plan changes', () => {
  const issue = (key: string, fixVersions: Array<{ id: string; name: string }>) =>
    jiraIssue({ key, fixVersions });
  const preview = {
    releases: [
      { versionId: '1', name: 'v1', capacity: 5 },
      { versionId: '2', name: 'v2', capacity: 5 },
    ],
    assignment: { 'PM-1': 'version:1', 'PM-2': 'version:2', 'PM-3': null, 'PM-4': 'version:1' },
  };
  const versions = [
    jiraVersion({ id: '1', name: 'v1' }),
    jiraVersion({ id: '2', name: 'v2' }),
    jiraVersion({ id: '9', name: 'Legacy' }),
  ];

  it('adds the planned version, removes only other versions of the plan, and skips issues already in place', () => {
    const issues = new Map([
      [
        'PM-1',
        issue('PM-1', [
          { id: '2', name: 'v2' },
          { id: '9', name: 'Legacy' },
        ]),
      ],
      ['PM-2', issue('PM-2', [{ id: '2', name: 'v2' }])],
      ['PM-3', issue('PM-3', [])],
      ['PM-4', issue('PM-4', [])],
    ]);
    expect(computeChanges(preview, issues, versions)).toEqual([
      { issueKey: 'PM-1', add: { id: '1', name: 'v1' }, remove: [{ id: '2', name: 'v2' }] },
      { issueKey: 'PM-4', add: { id: '1', name: 'v1' }, remove: [] },
    ]);
  });
});

describe('settings form', () => {
  it('parses per-project frameworks and lists', () => {
    const r = settingsFromForm({
      defaultFramework: 'rice',
      projectFrameworks: 'pm=WSJF, sup = ice',
      scorecardsJson: '',
      feedbackProjects: 'sup',
      feedbackIssueTypes: 'Feedback, Bug',
      feedbackLabels: 'bug',
      threshold: '0.8',
      mode: 'apply',
      comment: false,
    });
    expect(r).toMatchObject({
      ok: true,
      value: {
        scoring: { projects: { PM: 'wsjf', SUP: 'ice' } },
        feedback: { projectKeys: ['SUP'], issueTypes: ['Feedback', 'Bug'], threshold: 0.8 },
      },
    });
  });

  it('saves back every value it loaded, including a disabled labeller the form has no field for', () => {
    const stored = SettingsSchema.parse({
      scoring: { defaultFramework: 'wsjf', projects: { PM: 'ice', SUP: 'rice' } },
      feedback: {
        enabled: false,
        projectKeys: ['SUP'],
        issueTypes: ['Feedback', 'Bug'],
        labels: ['bug', 'feature'],
        threshold: 0.8,
        mode: 'apply',
        comment: false,
      },
    });
    const saved = settingsFromForm(formFromSettings(stored));
    expect(saved.ok && SettingsSchema.parse(saved.value)).toEqual(stored);
  });

  it('explains malformed scorecard JSON', () => {
    const r = settingsFromForm({
      defaultFramework: 'rice',
      projectFrameworks: '',
      scorecardsJson: '[{',
      feedbackProjects: '',
      feedbackIssueTypes: '',
      feedbackLabels: '',
      threshold: '0.7',
      mode: 'suggest',
      comment: true,
    });
    expect(r).toEqual({
      ok: false,
      message: 'Custom scorecards must be valid JSON (an array of scorecards).',
    });
  });
});

describe('framework inputs', () => {
  it('offers the modified Fibonacci scale for WSJF and derives scorecard controls from criteria scales', async () => {
    const { frameworkInputs } = await import('../../src/scoring/frameworkInputs');
    const { ScorecardSchema } = await import('@trailmap/core');
    const wsjf = frameworkInputs('wsjf');
    expect(wsjf.map((i) => i.field)).toEqual([
      'business_value',
      'time_criticality',
      'risk_reduction',
      'job_size',
    ]);
    expect(wsjf[3]).toMatchObject({
      kind: 'choice',
      choices: [1, 2, 3, 5, 8, 13, 20].map((v) => ({ label: String(v), value: v })),
    });
    const card = ScorecardSchema.parse({
      name: 'growth',
      criteria: [
        { field: 'revenue', scale: { type: 'range', min: 1, max: 5 }, weight: 3 },
        { field: 'reach', scale: { type: 'number', max: 10000 }, weight: 1 },
        { field: 'effort', scale: { type: 'tshirt' }, weight: -1 },
      ],
    });
    const inputs = frameworkInputs(card);
    expect(inputs.map((i) => i.kind)).toEqual(['choice', 'number', 'choice']);
    expect(inputs[2]).toMatchObject({ help: 'Cost (weight -1)' });
    expect(inputs[2]?.kind === 'choice' && inputs[2].choices.map((c) => c.label)).toEqual([
      'XS',
      'S',
      'M',
      'L',
      'XL',
      'XXL',
    ]);
  });
});
