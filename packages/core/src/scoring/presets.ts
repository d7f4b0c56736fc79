import { AHA } from './aha/aha';
import type { FrameworkDefinition } from './definition';
import { ICE, ICE_AVERAGE } from './ice/ice';
import { MOSCOW } from './moscow/moscow';
import { RICE, RICE_OPEN } from './rice/rice';
import { VALUE_EFFORT } from './valueEffort/valueEffort';
import { WSJF, WSJF_OPEN } from './wsjf/wsjf';

/**
 * Every built-in framework id. `rice`, `wsjf` are the canonical scales; `-open` variants accept
 * free scales; `ice` is the product and `ice-average` the average.
 *
 * @example
 * PRESET_IDS.includes('rice'); // => true
 */
export const PRESET_IDS = [
  'rice',
  'rice-open',
  'ice',
  'ice-average',
  'wsjf',
  'wsjf-open',
  'value-effort',
  'moscow',
  'aha',
] as const;

/** A built-in framework id. */
export type PresetId = (typeof PRESET_IDS)[number];

/** Compiled presets by id. Internal. */
export const PRESETS: Readonly<Record<PresetId, FrameworkDefinition>> = {
  rice: RICE,
  'rice-open': RICE_OPEN,
  ice: ICE,
  'ice-average': ICE_AVERAGE,
  wsjf: WSJF,
  'wsjf-open': WSJF_OPEN,
  'value-effort': VALUE_EFFORT,
  moscow: MOSCOW,
  aha: AHA,
};

/**
 * Whether a string names a preset.
 *
 * @example
 * isPresetId('wsjf'); // => true
 */
export function isPresetId(name: string): name is PresetId {
  return (PRESET_IDS as readonly string[]).includes(name);
}

/**
 * Name, version and formula of a preset, for help texts and docs.
 *
 * @example
 * describePreset('rice').name; // => 'RICE (Intercom)'
 * describePreset('rice').fields; // => ['reach', 'impact', 'confidence', 'effort']
 */
export function describePreset(id: PresetId): {
  id: PresetId;
  name: string;
  version: string;
  formula: string;
  /** The item fields the preset reads, in formula order. */
  fields: string[];
} {
  const d = PRESETS[id];
  return { id, name: d.name, version: d.version, formula: d.formula, fields: d.factors.map((f) => f.name) };
}
