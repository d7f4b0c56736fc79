import {
  describePreset,
  type Framework,
  type ItemScore,
  resolveFramework,
  type Scorecard,
  SIGNALS_FORMULA,
  SIGNALS_NAME,
  SIGNALS_VERSION,
  scoreAllSignals,
  scoreItems,
  signalsEffortNote,
  type WorkItem,
} from '@trailmap/core';
import { inputsOf, SCORING_VOCABULARY } from '@trailmap/core/scoring';
import { UsageError } from '../errors';

/** A framework as the CLI accepts it: core's presets and scorecards, or tracker signals. */
export type CliFramework = Framework | 'signals';

/** Scores with the framework actually used, and why it was used. */
export interface ChosenScores {
  framework: CliFramework;
  /** Id for JSON and messages: `rice`, `signals`, a scorecard name. */
  frameworkId: string;
  scores: ItemScore[];
  /** The framework asked for, when it found none of its inputs and signals stood in. */
  fellBackFrom?: string;
  /** One line for stderr and the table header saying so, when it fell back. */
  fallbackNote?: string;
}

/**
 * The id of a framework.
 *
 * @example
 * frameworkIdOf('rice'); // => 'rice'
 */
export function frameworkIdOf(framework: CliFramework): string {
  return typeof framework === 'string' ? framework : framework.name;
}

/**
 * The inputs a framework reads, for messages.
 *
 * @example
 * frameworkInputs('wsjf'); // => ['business_value', 'time_criticality', 'risk_reduction', 'job_size']
 */
export function frameworkInputs(framework: CliFramework): string[] {
  const inputs = framework === 'signals' ? SCORING_VOCABULARY.frameworks.signals : inputsOf(framework);
  return inputs.map((i) => i.field.name);
}

/**
 * Name, version and formula of a framework, for headers.
 *
 * @example
 * describeFramework('signals').name; // => 'Signals (inferred from tracker fields)'
 */
export function describeFramework(framework: CliFramework): {
  name: string;
  version: string;
  formula: string;
} {
  if (framework === 'signals')
    return { name: SIGNALS_NAME, version: SIGNALS_VERSION, formula: SIGNALS_FORMULA };
  if (typeof framework === 'string') return describePreset(framework);
  return {
    name: framework.label ?? framework.name,
    version: framework.version,
    formula: 'custom weighted scorecard',
  };
}

/**
 * Scores items with the framework, falling back to `signals` when it scores none of them
 * because none of its inputs is there (a real export has Priority, Votes and Story Points, not
 * RICE fields): a ranking from what the tracker records beats "No item could be scored".
 *
 * @example
 * chooseScores(items, 'rice', { today: '2026-03-01' }).frameworkId; // => 'signals' on a plain Jira export
 */
export function chooseScores(
  items: readonly WorkItem[],
  framework: CliFramework,
  options: { today?: string | undefined },
): ChosenScores {
  // Items estimated only in time beside story points: signals says once how it compared them.
  const effortNote = signalsEffortNote(items);
  if (framework === 'signals') {
    return {
      framework,
      frameworkId: 'signals',
      scores: scoreAllSignals(items, options),
      ...(effortNote ? { fallbackNote: effortNote } : {}),
    };
  }
  const scores = scoreItems(items, framework);
  const id = frameworkIdOf(framework);
  if (items.length === 0 || scores.some((s) => s.result.ok)) return { framework, frameworkId: id, scores };
  const inputs = frameworkInputs(framework).join(', ');
  return {
    framework: 'signals',
    frameworkId: 'signals',
    scores: scoreAllSignals(items, options),
    fellBackFrom: id,
    fallbackNote: `${id} found none of its inputs (${inputs}) on any item, so items are scored by signals (priority, votes, watchers, links, age ÷ estimate), inferred from tracker fields; add those columns or run \`trailmap init <export>\` to see what the export has${effortNote ? `; ${effortNote}` : ''}`,
  };
}

/**
 * A framework name as `--framework` takes it: `signals`, a preset or a config scorecard.
 *
 * @example
 * resolveCliFramework('signals', []); // => 'signals'
 */
export function resolveCliFramework(name: string, scorecards: readonly Scorecard[]): CliFramework {
  if (name.trim().toLowerCase() === 'signals') return 'signals';
  const resolved = resolveFramework(name, scorecards);
  if (!resolved.ok) throw new UsageError(`${resolved.problems[0].message}, signals`);
  return resolved.value;
}
