// Public API of the outcomes area: experiment records and the predicted-vs-measured loop.
export { buildOutcomes, type IdeaOutcome, type OutcomesView } from './buildOutcomes';
export { type Calibration, type CalibrationBucket, calibrate } from './calibration';
export { calibrationChart } from './calibrationChart';
export {
  type ConfidenceAdjustment,
  confidenceAdjustments,
  MIN_EXPERIMENTS_FOR_ADJUSTMENT,
} from './confidenceAdjustment';
export {
  type Decision,
  DecisionSchema,
  type ExperimentRecord,
  ExperimentRecordSchema,
} from './experimentRecord';
export { DEFAULT_IMPACT_LIFTS, type IdeaPrediction, ideaPrediction } from './ideaPrediction';
export { outcomesHtml } from './outcomesHtml';
export { outcomesSummary } from './outcomesText';
