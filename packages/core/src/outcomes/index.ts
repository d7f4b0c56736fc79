// Public API of the outcomes area: experiment records and the predicted-vs-measured loop.
export type { IdeaOutcome, OutcomesView } from './buildOutcomes';
export { buildOutcomes } from './buildOutcomes';
export type { Calibration, CalibrationBucket } from './calibration';
export { calibrate } from './calibration';
export { calibrationChart } from './calibrationChart';
export type { ConfidenceAdjustment } from './confidenceAdjustment';
export { confidenceAdjustments, MIN_EXPERIMENTS_FOR_ADJUSTMENT } from './confidenceAdjustment';
export type { Decision, ExperimentRecord } from './experimentRecord';
export { DecisionSchema, ExperimentRecordSchema } from './experimentRecord';
export type { IdeaPrediction } from './ideaPrediction';
export { DEFAULT_IMPACT_LIFTS, ideaPrediction } from './ideaPrediction';
export { outcomesHtml } from './outcomesHtml';
export { outcomesSummary } from './outcomesText';
