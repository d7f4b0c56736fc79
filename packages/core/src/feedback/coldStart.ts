import type { WorkItem } from '../model/workItem';
import type { KindLabel } from './labelNames';
import { labelKey } from './labelNames';
import type { LabelExample } from './trainLabeller';

// Jira issue types and Linear's default labels, by the kind they signal. Task, Sub-task and Epic
// say nothing about what a customer asked for, so they are not learnt from.
const KIND_SYNONYMS: Record<KindLabel, readonly string[]> = {
  bug: ['bug', 'defect', 'incident', 'problem', 'error', 'crash', 'regression'],
  'feature request': [
    'feature',
    'feature request',
    'new feature',
    'story',
    'user story',
    'request',
    'enhancement request',
  ],
  improvement: ['improvement', 'enhancement', 'tweak', 'polish'],
  question: ['question', 'support', 'help', 'how to', 'how-to'],
  praise: ['praise', 'kudos', 'compliment'],
  other: [],
};

const LOOKUP = new Map<string, KindLabel>(
  Object.entries(KIND_SYNONYMS).flatMap(([kind, names]) =>
    names.map((n) => [labelKey(n), kind as KindLabel] as const),
  ),
);

/**
 * The kind label a tracker's own signals give an item: its issue type first (Jira Bug / Story /
 * Improvement / New Feature), else a label (Linear's default Bug / Feature / Improvement).
 *
 * @example
 * kindFromTracker('New Feature', []); // => 'feature request'
 * kindFromTracker('Task', ['Bug']); // => 'bug'
 */
export function kindFromTracker(type: string, labels: readonly string[]): KindLabel | undefined {
  return (
    LOOKUP.get(labelKey(type)) ?? labels.map((l) => LOOKUP.get(labelKey(l))).find((k) => k !== undefined)
  );
}

/**
 * Whether a label is one of the team's own (a product area and the like) rather than a kind label
 * or the `feedback` marker: the labels a team's area model learns.
 *
 * @example
 * isAreaLabel('billing'); // => true
 * isAreaLabel('Bug'); // => false
 */
export function isAreaLabel(label: string): boolean {
  const key = labelKey(label);
  return !LOOKUP.has(key) && key !== 'feedback';
}

/**
 * Cold-start training data: every item whose tracker type or labels reveal its kind becomes a
 * kind-labelled example. Items are taken as they are; the labeller trained on them says
 * (through its readiness) when they are too few to apply labels.
 *
 * @example
 * coldStartExamples([{ title: 'Crash on save', type: 'Bug', labels: [] } as WorkItem]); // => [{ title: 'Crash on save', body: '', labels: ['bug'] }]
 */
export function coldStartExamples(
  items: readonly Pick<WorkItem, 'title' | 'description' | 'type' | 'labels'>[],
): LabelExample[] {
  return items.flatMap((item) => {
    const kind = kindFromTracker(item.type, item.labels);
    return kind ? [{ title: item.title, body: item.description ?? '', labels: [kind] }] : [];
  });
}

/**
 * Training data for a team's own labels (product areas and the like): each item with at least
 * one label that is not a kind label, labelled with those labels (multi-label).
 *
 * @example
 * teamLabelExamples([{ title: 'Login fails', type: 'Bug', labels: ['auth', 'bug'] } as WorkItem]); // => [{ …, labels: ['auth'] }]
 */
export function teamLabelExamples(
  items: readonly Pick<WorkItem, 'title' | 'description' | 'labels'>[],
): LabelExample[] {
  return items.flatMap((item) => {
    const labels = item.labels.filter(isAreaLabel);
    return labels.length ? [{ title: item.title, body: item.description ?? '', labels }] : [];
  });
}
