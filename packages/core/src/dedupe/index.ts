// Public API of duplicate detection: explicit named exports only.
export type { DuplicateIndex, DuplicateMatch, DuplicateQueryOptions } from './duplicateIndex';
export { createDuplicateIndex } from './duplicateIndex';
export type { DuplicateMirror, VersionedDoc } from './duplicateMirror';
export { createDuplicateMirror } from './duplicateMirror';
export type { DuplicateScoring } from './duplicateScoring';
export { DEFAULT_DUPLICATE_SCORING } from './duplicateScoring';
export type { DuplicateDoc, DuplicateField, FieldTerms } from './duplicateTerms';
export { DUPLICATE_FIELDS, duplicateTerms } from './duplicateTerms';
export type { DuplicateEvaluation, KnownDuplicate, Ranker } from './evaluateDuplicates';
export { evaluateDuplicates } from './evaluateDuplicates';
export type { DuplicateGroups, ScoredPair } from './findDuplicateGroups';
export { findDuplicateGroups } from './findDuplicateGroups';
export type { FittedThresholds, ThresholdTargets } from './fitDuplicateThresholds';
export { fitDuplicateThresholds } from './fitDuplicateThresholds';
export type { PerturbOptions } from './perturbedDuplicates';
export { perturbedDuplicates } from './perturbedDuplicates';
export type { SyntheticReportOptions, SyntheticReports } from './syntheticBugReports';
export { syntheticBugReports } from './syntheticBugReports';
