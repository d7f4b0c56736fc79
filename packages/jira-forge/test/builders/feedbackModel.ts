import { type LabelExample, type LabelModel, trainLabeller } from '@trailmap/core';
import { jiraIssue } from './jiraIssue';

const BUG = [
  'crashes on save',
  'error when exporting',
  'exception after login',
  'app freezes and fails',
  'broken upload throws error',
  'crash on startup',
  'data loss bug after sync',
  'fails with error 500',
];
const FEATURE = [
  'please add dark mode',
  'would love an export to pdf option',
  'add support for sso',
  'feature request: calendar view',
  'could you add keyboard shortcuts',
  'wish there was a bulk edit option',
  'please support csv import',
  'add a mobile widget please',
];

/**
 * A small labelled history (bug vs feature), large enough that core's labeller trains in apply mode.
 *
 * @example
 * feedbackHistory().length; // => 64
 */
export function feedbackHistory(): LabelExample[] {
  const out: LabelExample[] = [];
  for (let i = 0; i < 32; i++) {
    out.push({
      title: `${BUG[i % BUG.length]} ${i}`,
      body: 'Steps: open the app, it crashes with an error.',
      labels: ['bug'],
    });
    out.push({
      title: `${FEATURE[i % FEATURE.length]} ${i}`,
      body: 'It would be great to have this feature, please add it.',
      labels: ['feature'],
    });
  }
  return out;
}

let cached: LabelModel | undefined;

/**
 * Core's labeller trained on `feedbackHistory()` (cached: training takes a moment).
 *
 * @example
 * const model = trainedModel(); model.labels; // => ['bug', 'feature']
 */
export function trainedModel(): LabelModel {
  if (!cached) {
    const r = trainLabeller(feedbackHistory(), { seed: 1 });
    if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
    cached = r.value;
  }
  return cached;
}

/** The feedback settings every labelling suite saves: SUP feedback issues, bug vs feature at 0.7. */
export const feedbackSettings = (mode: 'apply' | 'suggest' = 'apply') => ({
  feedback: {
    projectKeys: ['SUP'],
    issueTypes: ['Feedback'],
    labels: ['bug', 'feature'],
    threshold: 0.7,
    mode,
    comment: true,
  },
});

/**
 * SUP-1, a feedback issue the trained labeller calls a bug, carrying `labels` already.
 *
 * @example
 * crashReport(['customer-acme']).fields.labels; // => ['customer-acme']
 */
export const crashReport = (labels: string[] = []) =>
  jiraIssue({
    id: '20001',
    key: 'SUP-1',
    project: 'SUP',
    issuetype: 'Feedback',
    summary: 'The app crashes on save',
    description: 'It fails with an error every time.',
    labels,
  });
