// Public API of the feedback area: explicit named exports only.
export type { CorrectionOptions, LabelCorrection } from './applyCorrection.ts';
export { applyCorrection } from './applyCorrection.ts';
export { coldStartExamples, kindFromTracker, teamLabelExamples } from './coldStart.ts';
export type { EvalExample, EvaluationPlan, EvaluationReport } from './evaluateLabeller.ts';
export { evaluateLabeller } from './evaluateLabeller.ts';
export type { FeatureConfig } from './featurise.ts';
export { DEFAULT_FEATURE_CONFIG } from './featurise.ts';
export type {
  FindSimilarOptions,
  SimilarityThresholds,
  SimilarityVerdict,
  SimilarMatch,
} from './findSimilar.ts';
export { DEFAULT_SIMILARITY_THRESHOLDS, findSimilar } from './findSimilar.ts';
export type { EnsembleOptions } from './fitEnsemble.ts';
export { DEFAULT_ENSEMBLE_OPTIONS } from './fitEnsemble.ts';
export { kindSeedExamples } from './kindSeeds.ts';
export type { ClassMetrics, LabelMetrics } from './labelMetrics.ts';
export { labelMetrics } from './labelMetrics.ts';
export type { LabelModel } from './labelModel.ts';
export { LABEL_MODEL_FORMAT, LABEL_MODEL_SCHEMA_VERSION, LabelModelSchema } from './labelModel.ts';
export type { KindLabel } from './labelNames.ts';
export { canonicalSpellings, KIND_LABELS, labelKey } from './labelNames.ts';
export type { DuplicatePair, FeedbackLink, LinkResult } from './linkFeedback.ts';
export { findDuplicateFeedback, linkFeedbackToIdeas } from './linkFeedback.ts';
export type { AppliedLabel, MergeOptions, MergeResult, SkipReason } from './mergeLabels.ts';
export { mergeLabels } from './mergeLabels.ts';
export type { LabelPrediction, LabelScore, TicketText } from './predictLabels.ts';
export { forcedLabels, predictLabels } from './predictLabels.ts';
export type { PreparedText, PrepareOptions } from './prepareText.ts';
export { prepareText } from './prepareText.ts';
export { deserialiseModel, serialiseModel } from './serialiseModel.ts';
export type { SimilarityDoc, SimilarityIndex, SimilarityIndexOptions } from './similarityIndex.ts';
export { buildSimilarityIndex } from './similarityIndex.ts';
export { stratifiedFolds } from './stratifiedFolds.ts';
export type { CompiledRules, LabelSuggestion, TeamRule } from './teamRules.ts';
export { applyRules, compileRules, TeamRuleSchema } from './teamRules.ts';
export type { LabelExample, TrainOptions } from './trainLabeller.ts';
export { trainLabeller } from './trainLabeller.ts';
