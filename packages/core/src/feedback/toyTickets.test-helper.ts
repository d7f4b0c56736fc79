import type { LabelExample } from './trainLabeller';

// Deterministic toy tickets for tests: two (or three) clearly separable kinds, with varied filler
// so that no two examples are identical.
const FILLER = [
  'today',
  'again',
  'for our team',
  'on the new laptop',
  'since monday',
  'every time',
  'in the web app',
  'for customers',
];
const BUG = [
  'App crashes when saving',
  'Error 500 when opening the report',
  'Login fails with exception',
  'Page freezes and crashes',
  'Broken upload throws error',
];
const FEATURE = [
  'Please add dark mode',
  'Would love an export to calendar',
  'Add support for multiple workspaces',
  'Feature idea: bulk edit',
  'Please support keyboard shortcuts',
];
const QUESTION = [
  'How do I change my password?',
  'Where can I find the invoice?',
  'Is there a way to invite guests?',
  'How can I reset the board?',
  'What does the sync button do?',
];

/** `perKind` tickets of each kind: bug, feature request and (optionally) question. */
export function toyTickets(perKind: number, kinds = 2): LabelExample[] {
  const out: LabelExample[] = [];
  const sets: [string, string[]][] = [
    ['bug', BUG],
    ['feature request', FEATURE],
    ['question', QUESTION],
  ];
  for (let i = 0; i < perKind; i++) {
    for (const [label, titles] of sets.slice(0, kinds)) {
      out.push({
        title: `${titles[i % titles.length]} ${FILLER[i % FILLER.length]}`,
        body: `ticket ${i}`,
        labels: [label],
      });
    }
  }
  return out;
}
