// Public API of the release area: explicit named exports only.

export { seededRandom } from '../random/seededRandom.ts';
export type { PlanningMip } from './buildMip.ts';
export { buildMip } from './buildMip.ts';
export type { AssignmentEvaluation, Violation } from './evaluateAssignment.ts';
export { evaluateAssignment } from './evaluateAssignment.ts';
export type { Deferral } from './explainDeferrals.ts';
export { attributedValue } from './explainDeferrals.ts';
export type { Forecast, ForecastOptions, ForecastRelease, ReleaseForecast } from './forecastReleases.ts';
export { forecastReleases } from './forecastReleases.ts';
export { greedyBaseline } from './greedyBaseline.ts';
export type {
  AbortSignalLike,
  MipProblem,
  MipSolution,
  MipSolveOptions,
  MipSolver,
  MipStatus,
} from './mipSolver.ts';
export type { BacklogModel, ModelFromBacklogOptions, NotPlannable } from './modelFromBacklog.ts';
export { modelFromBacklog } from './modelFromBacklog.ts';
export type { NrpInstance } from './parseNrpInstance.ts';
export { nrpToPlanningModel, parseNrpInstance } from './parseNrpInstance.ts';
export type { Plan, PlanMethod, PlannedRelease } from './plan.ts';
export { relativeGap } from './plan.ts';
export type { ExactOptions, ExactPlan } from './planExact.ts';
export { planExact } from './planExact.ts';
export type { HeuristicOptions } from './planHeuristic.ts';
export { heuristicAssignment, planHeuristic } from './planHeuristic.ts';
export type {
  MustHave,
  PlanningCustomer,
  PlanningItem,
  PlanningModel,
  PlanningModelInput,
  PlanningRelease,
} from './planningModel.ts';
export {
  MustHaveSchema,
  PlanningCustomerSchema,
  PlanningItemSchema,
  PlanningModelSchema,
  PlanningReleaseSchema,
} from './planningModel.ts';
export type {
  PlanningModelValidation,
  PlanningProblem,
  PlanningProblemCode,
  ValidPlanningModel,
} from './validatePlanningModel.ts';
export { validatePlanningModel } from './validatePlanningModel.ts';
export { weeklyThroughput } from './weeklyThroughput.ts';
