// Public API of the scoring area: explicit named exports only.
export type { AirfocusCriterion } from './airfocusScore.ts';
export { airfocusScore } from './airfocusScore.ts';
export type { CannyFactor } from './cannyFactor.ts';
export { cannyFactor } from './cannyFactor.ts';
export type { Comparison, FactorDifference } from './compareItems.ts';
export { compareItems } from './compareItems.ts';
export type { ReachDerivation } from './deriveReach.ts';
export { deriveReach, deriveReachAll, withDerivedReach } from './deriveReach.ts';
export type { Framework } from './framework.ts';
export { resolveFramework } from './framework.ts';
export type { KanoAnswer, KanoCategory, KanoCounts, KanoSummary } from './kano.ts';
export { KANO_TIE_ORDER, kanoCategory, kanoSummary, kanoTally } from './kano.ts';
export type { MoscowBucket } from './moscow.ts';
export { MOSCOW_SCORE, parseMoscow } from './moscow.ts';
export type { MoscowShareOptions, MoscowShares } from './moscowShares.ts';
export { checkMoscowShares } from './moscowShares.ts';
export type { NormaliseOptions } from './normaliseScores.ts';
export { normaliseScores, RELATIVE_VIEW_RULE, weightedRelativeScores } from './normaliseScores.ts';
export type { PresetId } from './presets.ts';
export { describePreset, isPresetId, PRESET_IDS } from './presets.ts';
export { rankScores } from './rankScores.ts';
export type { ReachOptions } from './reachOptions.ts';
export { ReachOptionsSchema } from './reachOptions.ts';
export { RICE_MIN_EFFORT } from './rice.ts';
export type { Criterion, CriterionScale, Scorecard, ScorecardInput } from './scorecard.ts';
export { CriterionScaleSchema, CriterionSchema, DEFAULT_TSHIRT_SIZES, ScorecardSchema } from './scorecard.ts';
export { scoreItem } from './scoreItem.ts';
export { scoreItems } from './scoreItems.ts';
export type {
  FactorContribution,
  FactorOp,
  ItemScore,
  ScoreExplanation,
  ScoreOptions,
  ScoreResult,
} from './types.ts';
export type { ImportanceVote } from './userImpactScore.ts';
export { userImpactScore } from './userImpactScore.ts';
export type { Quadrant } from './valueEffort.ts';
export { DEFAULT_QUADRANT_THRESHOLDS, quadrantOf } from './valueEffort.ts';
export { WSJF_SCALE } from './wsjf.ts';
