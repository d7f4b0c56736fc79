import type { FieldValue } from '../../model/workItem';
import type { FactorSpec, FrameworkDefinition } from '../definition';
import { describeScale } from '../vocabulary/describeScale';
import type { FactorInput } from '../vocabulary/inputSpec';
import { readInput } from '../vocabulary/readInput';
import type { Criterion, CriterionScale, Scorecard } from './scorecard';
import { criterionInput } from './scorecardInputs';

/**
 * Compiles a parsed scorecard into the evaluator's form. Internal.
 *
 * @example
 * scorecardDefinition(ScorecardSchema.parse(config)).formula; // => '100 × (3·revenue − effort) ÷ 3'
 */
export function scorecardDefinition(card: Scorecard): FrameworkDefinition {
  const positive = card.criteria.reduce((s, c) => s + Math.max(c.weight, 0), 0);
  const scale = 100 / positive;
  const inputs = card.criteria.map(criterionInput);
  return {
    id: card.name,
    name: card.label ?? card.name,
    version: card.version,
    formula: `100 × (${card.criteria.map((c) => `${c.weight}·${c.label ?? c.field}`).join(' + ')}) ÷ ${positive}`,
    inputs,
    factors: card.criteria.map((c, i) => criterionSpec(c, inputs[i]!, scale)),
  };
}

function criterionSpec(c: Criterion, input: FactorInput, scale: number): FactorSpec {
  const read = (raw: FieldValue) => readInput(input.scale, raw);
  return {
    name: c.field,
    label: c.label ?? c.field,
    op: c.weight > 0 ? 'add' : 'subtract',
    weight: Math.abs(c.weight) * scale,
    parse: normalised(c.scale, read),
    expects: describeScale(input.scale),
    minKey: `${c.field}_min`,
    maxKey: `${c.field}_max`,
  };
}

// The input's value on the criterion's scale → 0–1 (absolute: never relative to other items).
function normalised(s: CriterionScale, read: (raw: FieldValue) => number): (raw: FieldValue) => number {
  switch (s.type) {
    case 'range':
      return (raw) => (read(raw) - s.min) / (s.max - s.min);
    case 'fibonacci': {
      const top = Math.max(...s.values) || 1;
      return (raw) => read(raw) / top;
    }
    case 'boolean':
      // A form's checkbox stores a boolean, a spreadsheet 1 or 0.
      return (raw) => (typeof raw === 'boolean' ? (raw ? 1 : 0) : read(String(raw)));
    case 'number':
      return (raw) => (s.max === undefined ? read(raw) : Math.min(1, read(raw) / s.max));
    default:
      return read;
  }
}
