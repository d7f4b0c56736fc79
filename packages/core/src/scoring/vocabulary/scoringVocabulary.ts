import { PRESET_IDS, PRESETS, type PresetId } from '../presets';
import { SIGNALS_INPUTS } from '../signals/signalsInputs';
import type { FactorInput, ScoringField } from './inputSpec';
import { SCORING_FIELDS } from './scoringFields';

/**
 * The declarative scoring vocabulary: every scoring field with the column names that feed it,
 * and every framework's inputs with their scales. Importers, `trailmap init` and the Jira panel
 * derive their tables and forms from it; scoring compiles the same inputs, so nothing retypes
 * a scale. Custom scorecards bring their own inputs (`inputsOf`).
 *
 * @example
 * const v: ScoringVocabulary = SCORING_VOCABULARY;
 */
export interface ScoringVocabulary {
  readonly fields: readonly ScoringField[];
  readonly frameworks: Readonly<Record<PresetId | 'signals', readonly FactorInput[]>>;
}

/**
 * Core's vocabulary.
 *
 * @example
 * SCORING_VOCABULARY.frameworks.rice.map((i) => i.field.column); // => ['Reach', 'Impact', 'Confidence', 'Effort']
 */
export const SCORING_VOCABULARY: ScoringVocabulary = {
  fields: SCORING_FIELDS,
  frameworks: {
    ...(Object.fromEntries(PRESET_IDS.map((id) => [id, PRESETS[id].inputs])) as Record<
      PresetId,
      readonly FactorInput[]
    >),
    signals: SIGNALS_INPUTS,
  },
};
