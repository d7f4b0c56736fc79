import type { Framework } from '@trailmap/core';
import {
  type FactorInput,
  formChoices,
  type InputChoice,
  type InputScale,
  inputsOf,
  SCORING_VOCABULARY,
  type ScoringVocabulary,
} from '@trailmap/core/scoring';

export type { InputChoice } from '@trailmap/core/scoring';

/**
 * How the panel asks for one scoring input: a picker over the framework's scale (with the scale,
 * so the panel reads a stored value back to its choice as scoring would), or a number box.
 *
 * @example
 * const impact: InputSpec = { field: 'impact', label: 'Impact', kind: 'choice', choices: [{ label: 'massive (3)', value: 3 }], scale: { reads: 'number', values: [3] }, help: '' };
 */
export type InputSpec =
  | { field: string; label: string; kind: 'choice'; choices: InputChoice[]; scale: InputScale; help: string }
  | { field: string; label: string; kind: 'number'; min?: number; max?: number; help: string };

/**
 * The panel control for one vocabulary input: its choices when the scale has a picker, else a
 * number box bounded by the scale (percentages as 0–100).
 *
 * @example
 * inputSpec(SCORING_VOCABULARY.frameworks.rice[0]!); // => { field: 'reach', kind: 'number', min: 0, … }
 */
export function inputSpec(input: FactorInput): InputSpec {
  const { field, label, help, scale } = input;
  const choices = formChoices(input);
  if (choices) return { field: field.name, label, kind: 'choice', choices, scale, help };
  const percent = (n: number) => (scale.reads === 'fraction' ? Number((n * 100).toPrecision(12)) : n);
  return {
    field: field.name,
    label,
    kind: 'number',
    ...(scale.min === undefined ? {} : { min: percent(scale.min) }),
    ...(scale.max === undefined ? {} : { max: percent(scale.max) }),
    help,
  };
}

/**
 * The inputs a framework asks for, in formula order, with its scale choices: a preset's from the
 * scoring vocabulary (core's unless one is passed), a scorecard's from its criteria.
 *
 * @example
 * frameworkInputs('rice')[1]?.kind; // => 'choice' (impact 3 / 2 / 1 / 0.5 / 0.25)
 */
export function frameworkInputs(
  framework: Framework,
  vocabulary: ScoringVocabulary = SCORING_VOCABULARY,
): InputSpec[] {
  const inputs = typeof framework === 'string' ? vocabulary.frameworks[framework] : inputsOf(framework);
  return inputs.map(inputSpec);
}
