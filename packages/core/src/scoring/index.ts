// Public API of the scoring area: explicit named exports only.
export { type AirfocusCriterion, airfocusScore } from './airfocus/airfocusScore';
export { type CannyFactor, cannyFactor } from './canny/cannyFactor';
export { type Comparison, compareItems, type FactorDifference } from './compareItems';
export { type Framework, resolveFramework } from './framework';
export {
  KANO_TIE_ORDER,
  type KanoAnswer,
  type KanoCategory,
  type KanoCounts,
  type KanoSummary,
  kanoCategory,
  kanoSummary,
  kanoTally,
} from './kano/kano';
export { MOSCOW_SCORE, type MoscowBucket, parseMoscow } from './moscow/moscow';
export { checkMoscowShares, type MoscowShareOptions, type MoscowShares } from './moscow/moscowShares';
export {
  type NormaliseOptions,
  normaliseScores,
  RELATIVE_VIEW_RULE,
  weightedRelativeScores,
} from './normaliseScores';
export { describePreset, isPresetId, PRESET_IDS, type PresetId } from './presets';
export { rankScores } from './rankScores';
export {
  type CustomerDemand,
  computeDemand,
  DEFAULT_DEMAND_WEIGHTS,
  type DemandResult,
  type DemandWeights,
} from './rice/customerDemand';
export { deriveReach, deriveReachAll, type ReachDerivation, withDerivedReach } from './rice/deriveReach';
export { type ReachOptions, ReachOptionsSchema } from './rice/reachOptions';
export { RICE_MIN_EFFORT } from './rice/rice';
export {
  type Criterion,
  type CriterionScale,
  CriterionScaleSchema,
  CriterionSchema,
  DEFAULT_TSHIRT_SIZES,
  type Scorecard,
  type ScorecardInput,
  ScorecardSchema,
} from './scorecard/scorecard';
export { scoreItem } from './scoreItem';
export { scoreItems } from './scoreItems';
export { priorityPoints } from './signals/priorityPoints';
export {
  type EffortCalibration,
  type EffortSpread,
  effortCalibration,
  effortSpread,
  SIGNALS_FORMULA,
  SIGNALS_NAME,
  SIGNALS_VERSION,
  type SignalsContext,
  scoreAllSignals,
  scoreSignals,
  signalsEffort,
  signalsEffortNote,
} from './signals/signals';
export type {
  FactorContribution,
  FactorOp,
  ItemScore,
  ScoreExplanation,
  ScoreOptions,
  ScoreResult,
} from './types';
export { type ImportanceVote, userImpactScore } from './userImpact/userImpactScore';
export { DEFAULT_QUADRANT_THRESHOLDS, type Quadrant, quadrantOf } from './valueEffort/valueEffort';
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
export { SCORING_VOCABULARY, type ScoringVocabulary } from './vocabulary/scoringVocabulary';
export { WSJF_SCALE } from './wsjf/wsjfInputs';
