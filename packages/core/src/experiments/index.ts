// Public API of the experiments area: GrowthBook-compatible stats engine, explicit named exports.

export { adjustedInterval } from './adjustedInterval';
export { adjustPValues, type Correction } from './adjustPValues';
export type { Alternative, Interval } from './alternative';
export {
  type AnalysisResult,
  analyseExperiment,
  analyseExperiments,
  type ComparisonResult,
} from './analyseExperiment';
export {
  type BinomialAnalysis,
  BinomialAnalysisSchema,
  BinomialVariantSchema,
  CovariateSchema,
  type ExperimentAnalysis,
  type ExperimentAnalysisInput,
  type MeanAnalysis,
  MeanAnalysisSchema,
  MeanVariantSchema,
  parseExperimentAnalysis,
} from './analysisInput';
export { type AnalysisJson, analysisJson } from './analysisJson';
export type { ArmData } from './armData';
export {
  type BayesianOutcome,
  bayesianRisk,
  bayesianTest,
  DEFAULT_PRIOR,
  type NormalPrior,
} from './bayesianTest';
export { cupedTheta } from './cupedTheta';
export { type Difference, type EffectEstimate, type EffectFailure, effectMoments } from './effectMoments';
export type { ExperimentProblem, ExperimentProblemCode } from './experimentProblem';
export { experimentReportHtml } from './experimentReportHtml';
export {
  type ComparisonVerdict,
  comparisonVerdict,
  experimentVerdict,
  metricLabel,
  srmWarning,
} from './experimentVerdict';
export { formatLift, formatPercent } from './formatLift';
export { type LiftChartRow, liftChart } from './liftChart';
export {
  binomialVariance,
  experimentPower,
  minimumDetectableEffect,
  type PowerDesign,
  sampleSizePerArm,
} from './power';
export {
  SRM_MIN_USERS_PER_VARIATION,
  SRM_THRESHOLD,
  type SrmResult,
  sampleRatioMismatch,
} from './sampleRatioMismatch';
export {
  DEFAULT_SEQUENTIAL_TUNING,
  sequentialHalfwidth,
  sequentialRho,
  sequentialTest,
} from './sequentialTest';
export { type SufficientStats, statCovariance, statMean, statVariance } from './sufficientStats';
export { toArmData } from './toArmData';
export { type FrequentistOutcome, welchTTest } from './welchTTest';
