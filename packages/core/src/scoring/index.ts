// Public API of the scoring area: explicit named exports only.
export type { AirfocusCriterion } from './airfocusScore';
export { airfocusScore } from './airfocusScore';
export type { CannyFactor } from './cannyFactor';
export { cannyFactor } from './cannyFactor';
export type { Comparison, FactorDifference } from './compareItems';
export { compareItems } from './compareItems';
export type { ReachDerivation } from './deriveReach';
export { deriveReach, deriveReachAll, withDerivedReach } from './deriveReach';
export type { Framework } from './framework';
export { resolveFramework } from './framework';
export type { KanoAnswer, KanoCategory, KanoCounts, KanoSummary } from './kano';
export { KANO_TIE_ORDER, kanoCategory, kanoSummary, kanoTally } from './kano';
export type { MoscowBucket } from './moscow';
export { MOSCOW_SCORE, parseMoscow } from './moscow';
export type { MoscowShareOptions, MoscowShares } from './moscowShares';
export { checkMoscowShares } from './moscowShares';
export type { NormaliseOptions } from './normaliseScores';
export { normaliseScores, RELATIVE_VIEW_RULE, weightedRelativeScores } from './normaliseScores';
export type { PresetId } from './presets';
export { describePreset, isPresetId, PRESET_IDS } from './presets';
export { rankScores } from './rankScores';
export type { ReachOptions } from './reachOptions';
export { ReachOptionsSchema } from './reachOptions';
export { RICE_MIN_EFFORT } from './rice';
export type { Criterion, CriterionScale, Scorecard, ScorecardInput } from './scorecard';
export { CriterionScaleSchema, CriterionSchema, DEFAULT_TSHIRT_SIZES, ScorecardSchema } from './scorecard';
export { scoreItem } from './scoreItem';
export { scoreItems } from './scoreItems';
export type {
  FactorContribution,
  FactorOp,
  ItemScore,
  ScoreExplanation,
  ScoreOptions,
  ScoreResult,
} from './types';
export type { ImportanceVote } from './userImpactScore';
export { userImpactScore } from './userImpactScore';
export type { Quadrant } from './valueEffort';
export { DEFAULT_QUADRANT_THRESHOLDS, quadrantOf } from './valueEffort';
export { WSJF_SCALE } from './wsjf';
