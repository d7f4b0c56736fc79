import { definitionOf, type Framework } from '../framework';
import type { FactorInput } from './inputSpec';

/**
 * The inputs a framework asks for, in formula order: a preset's from the vocabulary, a custom
 * scorecard's from its criteria.
 *
 * @example
 * inputsOf('wsjf').map((i) => i.field.name); // => ['business_value', 'time_criticality', 'risk_reduction', 'job_size']
 */
export function inputsOf(framework: Framework): readonly FactorInput[] {
  return definitionOf(framework).inputs;
}
