import type { Result } from '../model/problem';
import type { FrameworkDefinition } from './definition';
import { isPresetId, PRESET_IDS, PRESETS, type PresetId } from './presets';
import type { Scorecard } from './scorecard/scorecard';
import { scorecardDefinition } from './scorecard/scorecardDefinition';

/**
 * What to score with: a preset id or a parsed custom scorecard (`ScorecardSchema`).
 *
 * @example
 * const f: Framework = 'rice';
 */
export type Framework = PresetId | Scorecard;

const compiled = new WeakMap<Scorecard, FrameworkDefinition>();

/**
 * The compiled definition of a framework; scorecards are compiled once per object. Internal.
 *
 * @example
 * definitionOf('rice').name; // => 'RICE (Intercom)'
 */
export function definitionOf(framework: Framework): FrameworkDefinition {
  if (typeof framework === 'string') return PRESETS[framework];
  let def = compiled.get(framework);
  if (!def) {
    def = scorecardDefinition(framework);
    compiled.set(framework, def);
  }
  return def;
}

/**
 * Finds a framework by name (case-insensitive): a preset id first, then a scorecard's name.
 * Unknown names give a problem listing every valid name.
 *
 * @example
 * resolveFramework('RICE', []); // => { ok: true, value: 'rice' }
 * resolveFramework('growth', [growthCard]); // => { ok: true, value: growthCard }
 */
export function resolveFramework(name: string, scorecards: readonly Scorecard[]): Result<Framework> {
  const wanted = name.trim().toLowerCase();
  if (isPresetId(wanted)) return { ok: true, value: wanted };
  const card = scorecards.find((c) => c.name === wanted);
  if (card) return { ok: true, value: card };
  const custom = scorecards.map((c) => c.name);
  return {
    ok: false,
    problems: [
      {
        field: 'framework',
        code: 'unknown_framework',
        message: `unknown framework "${name}"; valid: ${PRESET_IDS.join(', ')}${
          custom.length ? `; scorecards: ${custom.join(', ')}` : '; no custom scorecards configured'
        }`,
      },
    ],
  };
}
