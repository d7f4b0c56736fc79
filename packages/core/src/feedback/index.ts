// Public API of the feedback area: explicit named exports only.
export { applyCorrection, type CorrectionOptions, type LabelCorrection } from './applyCorrection';
export { coldStartExamples, isAreaLabel, kindFromTracker, teamLabelExamples } from './coldStart';
export {
  type EvalExample,
  type EvaluationPlan,
  type EvaluationReport,
  evaluateLabeller,
} from './evaluateLabeller';
export { DEFAULT_FEATURE_CONFIG, type FeatureConfig } from './featurise';
export {
  DEFAULT_SIMILARITY_THRESHOLDS,
  type FindSimilarOptions,
  findSimilar,
  type SimilarityThresholds,
  type SimilarityVerdict,
  type SimilarMatch,
} from './findSimilar';
export { DEFAULT_ENSEMBLE_OPTIONS, type EnsembleOptions } from './fitEnsemble';
export { kindSeedExamples } from './kindSeeds';
export { type ClassMetrics, type LabelMetrics, labelMetrics } from './labelMetrics';
export {
  LABEL_MODEL_FORMAT,
  LABEL_MODEL_SCHEMA_VERSION,
  type LabelModel,
  LabelModelSchema,
} from './labelModel';
export { canonicalSpellings, KIND_LABELS, type KindLabel, labelKey } from './labelNames';
export {
  type DuplicatePair,
  type FeedbackLink,
  findDuplicateFeedback,
  type LinkResult,
  linkFeedbackToIdeas,
} from './linkFeedback';
export {
  type AppliedLabel,
  type MergeOptions,
  type MergeResult,
  mergeLabels,
  type SkipReason,
} from './mergeLabels';
export {
  forcedLabels,
  type LabelPrediction,
  type LabelScore,
  predictLabels,
  type TicketText,
} from './predictLabels';
export { type PreparedText, type PrepareOptions, prepareText } from './prepareText';
export { deserialiseModel, serialiseModel } from './serialiseModel';
export {
  buildSimilarityIndex,
  type SimilarityDoc,
  type SimilarityIndex,
  type SimilarityIndexOptions,
} from './similarityIndex';
export { stratifiedFolds } from './stratifiedFolds';
export {
  applyRules,
  type CompiledRules,
  compileRules,
  type LabelSuggestion,
  type TeamRule,
  TeamRuleSchema,
} from './teamRules';
export { type LabelExample, type TrainOptions, trainLabeller } from './trainLabeller';
