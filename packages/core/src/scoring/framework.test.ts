import { describe, expect, it } from 'vitest';
import { resolveFramework } from './framework';
import { describePreset, PRESET_IDS } from './presets';
import { ScorecardSchema } from './scorecard/scorecard';

const card = ScorecardSchema.parse({
  name: 'growth',
  criteria: [{ field: 'x', scale: { type: 'boolean' }, weight: 1 }],
});

describe('resolveFramework', () => {
  it.each(PRESET_IDS)('finds preset %s', (id) => {
    expect(resolveFramework(id.toUpperCase(), [])).toEqual({ ok: true, value: id });
  });

  it('finds a scorecard by name', () => {
    expect(resolveFramework('growth', [card])).toEqual({ ok: true, value: card });
  });

  it('lists presets and scorecards for an unknown name', () => {
    const r = resolveFramework('kano-ish', [card]);
    expect(r.ok ? '' : r.problems[0]?.message).toBe(
      `unknown framework "kano-ish"; valid: ${PRESET_IDS.join(', ')}; scorecards: growth`,
    );
  });
});

describe('describePreset', () => {
  it.each([
    ['rice', ['reach', 'impact', 'confidence', 'effort']],
    ['ice', ['impact', 'confidence', 'ease']],
    ['wsjf', ['business_value', 'time_criticality', 'risk_reduction', 'job_size']],
    ['value-effort', ['value', 'effort']],
    ['moscow', ['moscow']],
    ['aha', ['population', 'need', 'strategy', 'effort', 'confidence']],
  ] as const)('%s reads %j', (id, fields) => {
    expect(describePreset(id).fields).toEqual(fields);
  });
});
