// Public API of duplicate detection: explicit named exports only.
export {
  createDuplicateIndex,
  type DuplicateIndex,
  type DuplicateMatch,
  type DuplicateQueryOptions,
} from './duplicateIndex';
export { createDuplicateMirror, type DuplicateMirror, type VersionedDoc } from './duplicateMirror';
export { DEFAULT_DUPLICATE_SCORING, type DuplicateScoring } from './duplicateScoring';
export {
  DUPLICATE_FIELDS,
  type DuplicateDoc,
  type DuplicateField,
  duplicateTerms,
  type FieldTerms,
} from './duplicateTerms';
export {
  type DuplicateEvaluation,
  evaluateDuplicates,
  type KnownDuplicate,
  type Ranker,
} from './evaluateDuplicates';
export { type DuplicateGroups, findDuplicateGroups, type ScoredPair } from './findDuplicateGroups';
export {
  type FittedThresholds,
  fitDuplicateThresholds,
  type ThresholdTargets,
} from './fitDuplicateThresholds';
export { type PerturbOptions, perturbedDuplicates } from './perturbedDuplicates';
export {
  type SyntheticReportOptions,
  type SyntheticReports,
  syntheticBugReports,
} from './syntheticBugReports';
