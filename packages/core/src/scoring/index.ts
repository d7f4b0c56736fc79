// Public API of the scoring area: explicit named exports only.
export type { AirfocusCriterion } from './airfocus/airfocusScore';
export { airfocusScore } from './airfocus/airfocusScore';
export type { CannyFactor } from './canny/cannyFactor';
export { cannyFactor } from './canny/cannyFactor';
export type { Comparison, FactorDifference } from './compareItems';
export { compareItems } from './compareItems';
export type { Framework } from './framework';
export { resolveFramework } from './framework';
export type { KanoAnswer, KanoCategory, KanoCounts, KanoSummary } from './kano/kano';
export { KANO_TIE_ORDER, kanoCategory, kanoSummary, kanoTally } from './kano/kano';
export type { MoscowBucket } from './moscow/moscow';
export { MOSCOW_SCORE, parseMoscow } from './moscow/moscow';
export type { MoscowShareOptions, MoscowShares } from './moscow/moscowShares';
export { checkMoscowShares } from './moscow/moscowShares';
export type { NormaliseOptions } from './normaliseScores';
export { normaliseScores, RELATIVE_VIEW_RULE, weightedRelativeScores } from './normaliseScores';
export type { PresetId } from './presets';
export { describePreset, isPresetId, PRESET_IDS } from './presets';
export { rankScores } from './rankScores';
export type { CustomerDemand, DemandResult, DemandWeights } from './rice/customerDemand';
export { computeDemand, DEFAULT_DEMAND_WEIGHTS } from './rice/customerDemand';
export type { ReachDerivation } from './rice/deriveReach';
export { deriveReach, deriveReachAll, withDerivedReach } from './rice/deriveReach';
export type { ReachOptions } from './rice/reachOptions';
export { ReachOptionsSchema } from './rice/reachOptions';
export { RICE_MIN_EFFORT } from './rice/rice';
export type { Criterion, CriterionScale, Scorecard, ScorecardInput } from './scorecard/scorecard';
export {
  CriterionScaleSchema,
  CriterionSchema,
  DEFAULT_TSHIRT_SIZES,
  ScorecardSchema,
} from './scorecard/scorecard';
export { scoreItem } from './scoreItem';
export { scoreItems } from './scoreItems';
export { priorityPoints } from './signals/priorityPoints';
export type { EffortSpread, SignalsContext } from './signals/signals';
export {
  effortSpread,
  SIGNALS_FORMULA,
  SIGNALS_NAME,
  SIGNALS_VERSION,
  scoreAllSignals,
  scoreSignals,
  signalsEffort,
} from './signals/signals';
export type {
  FactorContribution,
  FactorOp,
  ItemScore,
  ScoreExplanation,
  ScoreOptions,
  ScoreResult,
} from './types';
export type { ImportanceVote } from './userImpact/userImpactScore';
export { userImpactScore } from './userImpact/userImpactScore';
export type { Quadrant } from './valueEffort/valueEffort';
export { DEFAULT_QUADRANT_THRESHOLDS, quadrantOf } from './valueEffort/valueEffort';
export { describeScale, showValue } from './vocabulary/describeScale';
export { formChoices, storedValue } from './vocabulary/formChoices';
export { importWords } from './vocabulary/importWords';
export type {
  FactorInput,
  InputChoice,
  InputScale,
  NamedValue,
  ScaleReading,
  ScoringField,
} from './vocabulary/inputSpec';
export { inputsOf } from './vocabulary/inputsOf';
export { onScale, readInput } from './vocabulary/readInput';
export type { ScoringVocabulary } from './vocabulary/scoringVocabulary';
export { SCORING_VOCABULARY } from './vocabulary/scoringVocabulary';
export { WSJF_SCALE } from './wsjf/wsjfInputs';
