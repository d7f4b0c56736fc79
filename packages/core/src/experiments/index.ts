// Public API of the experiments area: GrowthBook-compatible stats engine, explicit named exports.

export { adjustedInterval } from './adjustedInterval';
export type { Correction } from './adjustPValues';
export { adjustPValues } from './adjustPValues';
export type { Alternative, Interval } from './alternative';
export type { AnalysisResult, ComparisonResult } from './analyseExperiment';
export { analyseExperiment, analyseExperiments } from './analyseExperiment';
export type {
  BinomialAnalysis,
  ExperimentAnalysis,
  ExperimentAnalysisInput,
  MeanAnalysis,
} from './analysisInput';
export {
  BinomialAnalysisSchema,
  BinomialVariantSchema,
  CovariateSchema,
  MeanAnalysisSchema,
  MeanVariantSchema,
  parseExperimentAnalysis,
} from './analysisInput';
export type { AnalysisJson } from './analysisJson';
export { analysisJson } from './analysisJson';
export type { ArmData } from './armData';
export type { BayesianOutcome, NormalPrior } from './bayesianTest';
export { bayesianRisk, bayesianTest, DEFAULT_PRIOR } from './bayesianTest';
export { cupedTheta } from './cupedTheta';
export type { Difference, EffectEstimate, EffectFailure } from './effectMoments';
export { effectMoments } from './effectMoments';
export type { ExperimentProblem, ExperimentProblemCode } from './experimentProblem';
export { experimentReportHtml } from './experimentReportHtml';
export type { ComparisonVerdict } from './experimentVerdict';
export { comparisonVerdict, experimentVerdict, metricLabel, srmWarning } from './experimentVerdict';
export { formatLift, formatPercent } from './formatLift';
export type { LiftChartRow } from './liftChart';
export { liftChart } from './liftChart';
export type { PowerDesign } from './power';
export { binomialVariance, experimentPower, minimumDetectableEffect, sampleSizePerArm } from './power';
export type { SrmResult } from './sampleRatioMismatch';
export { SRM_MIN_USERS_PER_VARIATION, SRM_THRESHOLD, sampleRatioMismatch } from './sampleRatioMismatch';
export {
  DEFAULT_SEQUENTIAL_TUNING,
  sequentialHalfwidth,
  sequentialRho,
  sequentialTest,
} from './sequentialTest';
export type { SufficientStats } from './sufficientStats';
export { statCovariance, statMean, statVariance } from './sufficientStats';
export { toArmData } from './toArmData';
export type { FrequentistOutcome } from './welchTTest';
export { welchTTest } from './welchTTest';
