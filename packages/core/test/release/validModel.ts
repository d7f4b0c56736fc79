import type { PlanningModelInput, ValidPlanningModel } from '../../src/release/index';
import { validatePlanningModel } from '../../src/release/index';

/** A hand-written planning input validated, throwing with the first problem if a test typed it wrong. */
export function validModel(input: PlanningModelInput): ValidPlanningModel {
  const v = validatePlanningModel(input);
  if (!v.ok) throw new Error(v.problems[0].message);
  return v.model;
}
