import type { FactorInput, NamedValue } from '../vocabulary/inputSpec';
import { VOTES, WATCHERS } from '../vocabulary/scoringFields';

/**
 * Priority names as Jira (default and common custom schemes, and its translations: Spanish,
 * Portuguese, Italian, French, German, Dutch, Romanian, Polish, Japanese) and Linear write
 * them, on one 1–5 ladder. Lower-cased, accents kept.
 */
export const PRIORITY_LADDER: readonly NamedValue[] = [
  {
    value: 5,
    words: [
      'highest',
      'blocker',
      'critical',
      'urgent',
      'la más alta',
      'más alta',
      'mais alta',
      'massima',
      'più alta',
      'la plus haute',
      'plus haute',
      'höchste',
      'hoogste',
      'cea mai mare',
      'cea mai înaltă',
      'najwyższy',
      '最高',
    ],
  },
  { value: 4, words: ['high', 'major', 'alta', 'haute', 'hoch', 'hoog', 'ridicată', 'mare', 'wysoki', '高'] },
  {
    value: 3,
    words: ['medium', 'normal', 'media', 'média', 'moyenne', 'mittel', 'gemiddeld', 'medie', 'średni', '中'],
  },
  {
    value: 2,
    words: [
      'low',
      'minor',
      'baja',
      'baixa',
      'bassa',
      'basse',
      'niedrig',
      'laag',
      'scăzută',
      'mică',
      'niski',
      '低',
    ],
  },
  {
    value: 1,
    words: [
      'lowest',
      'trivial',
      'la más baja',
      'más baja',
      'mais baixa',
      'minima',
      'più bassa',
      'la plus basse',
      'plus basse',
      'niedrigste',
      'laagste',
      'cea mai mică',
      'cea mai scăzută',
      'najniższy',
      '最低',
    ],
  },
];

const count = (field: FactorInput['field'], label: string, help: string): FactorInput => ({
  field,
  label,
  help,
  scale: { reads: 'number', min: 0 },
});

/**
 * What signals reads from a tracker (SCORING.md has no canonical signals framework; see
 * docs/scoring.md): the item's priority on the 1–5 ladder (`P1`–`P5` too), votes and watchers
 * counts, its links (feedback, customers, blocked items) and its estimate. Priority, links and
 * estimate are item slots the tracker mappings fill, not `fields` columns.
 *
 * @example
 * SIGNALS_INPUTS.map((i) => i.field.name); // => ['priority', 'votes', 'watchers', 'links', 'estimate']
 */
export const SIGNALS_INPUTS: readonly FactorInput[] = [
  {
    field: { name: 'priority', column: 'Priority', aliases: [] },
    label: 'Priority',
    help: 'Highest/Urgent 5 … Lowest 1',
    scale: { reads: 'word', values: PRIORITY_LADDER.map((p) => p.value), named: PRIORITY_LADDER },
  },
  count(VOTES, 'Votes', 'Log-scaled, capped'),
  count(WATCHERS, 'Watchers', 'Log-scaled, capped'),
  count(
    { name: 'links', column: 'Linked issues', aliases: [] },
    'Links',
    'Feedback, customers, blocked items',
  ),
  {
    field: { name: 'estimate', column: 'Estimate', aliases: [] },
    label: 'Estimate',
    help: 'Story points, original estimate (days) or Linear estimate',
    scale: { reads: 'number', min: 0, unit: 'story points, days or Linear estimate' },
  },
];
