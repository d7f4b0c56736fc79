// Public API of the release area: explicit named exports only.

export { seededRandom } from '../random/seededRandom';
export { buildMip, type PlanningMip } from './buildMip';
export { capacityToTargets } from './capacityToTargets';
export { deferralText } from './deferralText';
export { type AssignmentEvaluation, evaluateAssignment, type Violation } from './evaluateAssignment';
export { attributedValue, type Deferral } from './explainDeferrals';
export {
  type Forecast,
  type ForecastOptions,
  type ForecastRelease,
  forecastReleases,
  type ReleaseForecast,
} from './forecastReleases';
export { greedyBaseline } from './greedyBaseline';
export type {
  AbortSignalLike,
  MipProblem,
  MipSolution,
  MipSolveOptions,
  MipSolver,
  MipStatus,
} from './mipSolver';
export {
  type BacklogModel,
  type ModelFromBacklogOptions,
  modelFromBacklog,
  type NotPlannable,
} from './modelFromBacklog';
export { type Plan, type PlanMethod, type PlannedRelease, relativeGap } from './plan';
export { type ExactOptions, type ExactPlan, planExact } from './planExact';
export { type HeuristicOptions, heuristicAssignment, planHeuristic } from './planHeuristic';
export {
  type MustHave,
  MustHaveSchema,
  type PlanningCustomer,
  PlanningCustomerSchema,
  type PlanningItem,
  PlanningItemSchema,
  type PlanningModel,
  type PlanningModelInput,
  PlanningModelSchema,
  type PlanningRelease,
  PlanningReleaseSchema,
} from './planningModel';
export { type FinishedCycle, type TeamVelocity, teamVelocity } from './teamVelocity';
export {
  type PlanningModelValidation,
  type PlanningProblem,
  type PlanningProblemCode,
  type ValidPlanningModel,
  validatePlanningModel,
} from './validatePlanningModel';
export { weeklyThroughput } from './weeklyThroughput';
