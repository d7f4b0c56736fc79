// Public API of the release area: explicit named exports only.

export { seededRandom } from '../random/seededRandom';
export type { PlanningMip } from './buildMip';
export { buildMip } from './buildMip';
export { capacityToTargets } from './capacityToTargets';
export { deferralText } from './deferralText';
export type { AssignmentEvaluation, Violation } from './evaluateAssignment';
export { evaluateAssignment } from './evaluateAssignment';
export type { Deferral } from './explainDeferrals';
export { attributedValue } from './explainDeferrals';
export type { Forecast, ForecastOptions, ForecastRelease, ReleaseForecast } from './forecastReleases';
export { forecastReleases } from './forecastReleases';
export { greedyBaseline } from './greedyBaseline';
export type {
  AbortSignalLike,
  MipProblem,
  MipSolution,
  MipSolveOptions,
  MipSolver,
  MipStatus,
} from './mipSolver';
export type { BacklogModel, ModelFromBacklogOptions, NotPlannable } from './modelFromBacklog';
export { modelFromBacklog } from './modelFromBacklog';
export type { Plan, PlanMethod, PlannedRelease } from './plan';
export { relativeGap } from './plan';
export type { ExactOptions, ExactPlan } from './planExact';
export { planExact } from './planExact';
export type { HeuristicOptions } from './planHeuristic';
export { heuristicAssignment, planHeuristic } from './planHeuristic';
export type {
  MustHave,
  PlanningCustomer,
  PlanningItem,
  PlanningModel,
  PlanningModelInput,
  PlanningRelease,
} from './planningModel';
export {
  MustHaveSchema,
  PlanningCustomerSchema,
  PlanningItemSchema,
  PlanningModelSchema,
  PlanningReleaseSchema,
} from './planningModel';
export type { FinishedCycle, TeamVelocity } from './teamVelocity';
export { teamVelocity } from './teamVelocity';
export type {
  PlanningModelValidation,
  PlanningProblem,
  PlanningProblemCode,
  ValidPlanningModel,
} from './validatePlanningModel';
export { validatePlanningModel } from './validatePlanningModel';
export { weeklyThroughput } from './weeklyThroughput';
