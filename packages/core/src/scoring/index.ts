// Public API of the scoring area: explicit named exports only.
export type { Framework } from './framework.ts';
export { resolveFramework } from './framework.ts';
export type { MoscowBucket } from './moscow.ts';
export { MOSCOW_SCORE, parseMoscow } from './moscow.ts';
export type { PresetId } from './presets.ts';
export { describePreset, isPresetId, PRESET_IDS } from './presets.ts';
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
export type { Quadrant } from './valueEffort.ts';
export { DEFAULT_QUADRANT_THRESHOLDS, quadrantOf } from './valueEffort.ts';
export { WSJF_SCALE } from './wsjf.ts';
