// Public API of the feedback area: explicit named exports only.
export type { CorrectionOptions, LabelCorrection } from './applyCorrection';
export { applyCorrection } from './applyCorrection';
export { coldStartExamples, isAreaLabel, kindFromTracker, teamLabelExamples } from './coldStart';
export type { EvalExample, EvaluationPlan, EvaluationReport } from './evaluateLabeller';
export { evaluateLabeller } from './evaluateLabeller';
export type { FeatureConfig } from './featurise';
export { DEFAULT_FEATURE_CONFIG } from './featurise';
export type {
  FindSimilarOptions,
  SimilarityThresholds,
  SimilarityVerdict,
  SimilarMatch,
} from './findSimilar';
export { DEFAULT_SIMILARITY_THRESHOLDS, findSimilar } from './findSimilar';
export type { EnsembleOptions } from './fitEnsemble';
export { DEFAULT_ENSEMBLE_OPTIONS } from './fitEnsemble';
export { kindSeedExamples } from './kindSeeds';
export type { ClassMetrics, LabelMetrics } from './labelMetrics';
export { labelMetrics } from './labelMetrics';
export type { LabelModel } from './labelModel';
export { LABEL_MODEL_FORMAT, LABEL_MODEL_SCHEMA_VERSION, LabelModelSchema } from './labelModel';
export type { KindLabel } from './labelNames';
export { canonicalSpellings, KIND_LABELS, labelKey } from './labelNames';
export type { DuplicatePair, FeedbackLink, LinkResult } from './linkFeedback';
export { findDuplicateFeedback, linkFeedbackToIdeas } from './linkFeedback';
export type { AppliedLabel, MergeOptions, MergeResult, SkipReason } from './mergeLabels';
export { mergeLabels } from './mergeLabels';
export type { LabelPrediction, LabelScore, TicketText } from './predictLabels';
export { forcedLabels, predictLabels } from './predictLabels';
export type { PreparedText, PrepareOptions } from './prepareText';
export { prepareText } from './prepareText';
export { deserialiseModel, serialiseModel } from './serialiseModel';
export type { SimilarityDoc, SimilarityIndex, SimilarityIndexOptions } from './similarityIndex';
export { buildSimilarityIndex } from './similarityIndex';
export { stratifiedFolds } from './stratifiedFolds';
export type { CompiledRules, LabelSuggestion, TeamRule } from './teamRules';
export { applyRules, compileRules, TeamRuleSchema } from './teamRules';
export type { LabelExample, TrainOptions } from './trainLabeller';
export { trainLabeller } from './trainLabeller';
