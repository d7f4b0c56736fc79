import type { FactorInput, InputScale } from '../vocabulary/inputSpec';
import type { Criterion, CriterionScale } from './scorecard';

/** What a yes/no criterion reads: yes/true/y/1 or no/false/n/0. */
export const YES_NO: InputScale = {
  reads: 'word',
  values: [1, 0],
  named: [
    { value: 1, words: ['yes', 'true', 'y', '1'] },
    { value: 0, words: ['no', 'false', 'n', '0'] },
  ],
};

// A range of at most this many whole steps is offered as a picker rather than a number box.
const MAX_PICKER_STEPS = 10;

function scaleOf(s: CriterionScale): InputScale {
  switch (s.type) {
    case 'range': {
      const whole = Number.isInteger(s.min) && Number.isInteger(s.max) && s.max - s.min <= MAX_PICKER_STEPS;
      const offer = whole ? Array.from({ length: s.max - s.min + 1 }, (_, i) => s.min + i) : undefined;
      return { reads: 'number', min: s.min, max: s.max, ...(offer ? { offer } : {}) };
    }
    case 'fibonacci':
      return { reads: 'number', values: s.values };
    case 'percent':
      return { reads: 'fraction', min: 0, max: 1 };
    case 'boolean':
      return YES_NO;
    case 'number':
      return {
        reads: 'number',
        min: 0,
        ...(s.max === undefined ? {} : { note: `${s.max} or more counts as full` }),
      };
    case 'tshirt':
      return {
        reads: 'word',
        values: Object.values(s.sizes),
        named: Object.entries(s.sizes).map(([size, value]) => ({
          value,
          words: [size.toLowerCase()],
          label: size.toUpperCase(),
        })),
      };
  }
}

/**
 * A scorecard criterion as a vocabulary input: its field (named by the config, so no aliases),
 * label, weight as help, and its scale.
 *
 * @example
 * criterionInput({ field: 'effort', scale: { type: 'tshirt', sizes: { s: 0, m: 0.5 } }, weight: -1 }).help;
 * // => 'Cost (weight -1)'
 */
export function criterionInput(c: Criterion): FactorInput {
  const label = c.label ?? c.field;
  const weight = c.weight < 0 ? `Cost (weight ${c.weight})` : `Weight ${c.weight}`;
  return {
    field: { name: c.field, column: label, aliases: [] },
    label,
    help: c.scale.type === 'percent' ? `${weight}; percent` : weight,
    scale: scaleOf(c.scale),
  };
}
