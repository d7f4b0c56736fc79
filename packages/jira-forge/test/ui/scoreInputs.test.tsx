import { type FieldValue, type Framework, PRESET_IDS, ScorecardSchema } from '@trailmap/core';
import { inputsOf, readInput } from '@trailmap/core/scoring';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ScoreInputs } from '../../src/entry/issue-panel/frontend/ScoreInputs';
import { frameworkInputs } from '../../src/scoring/frameworkInputs';
import { renderUiKit } from './forgeDoc';

// Every scorecard scale type beside the presets.
const card = ScorecardSchema.parse({
  name: 'every-scale',
  criteria: [
    { field: 'rating', scale: { type: 'range', min: 1, max: 5 }, weight: 2 },
    { field: 'size', scale: { type: 'fibonacci' }, weight: 1 },
    { field: 'strategic', scale: { type: 'boolean' }, weight: 1 },
    { field: 'effort', scale: { type: 'tshirt' }, weight: -1 },
  ],
});
const frameworks: Framework[] = [...PRESET_IDS, card];

let saved: Record<string, FieldValue> = {};
function Harness({ framework }: { framework: Framework }) {
  const [values, setValues] = useState<Record<string, FieldValue>>({});
  return (
    <ScoreInputs
      inputs={frameworkInputs(framework)}
      values={values}
      onChange={(field, value) => {
        saved = { ...saved, [field]: value };
        setValues((v) => ({ ...v, [field]: value }));
      }}
    />
  );
}

describe("the panel's pickers and core's vocabulary", () => {
  it.each(frameworks.map((f) => [typeof f === 'string' ? f : f.name, f] as const))(
    '%s: every choice picked is stored as a value scoring reads as that choice, and shows as picked',
    async (_, framework) => {
      saved = {};
      const ui = await renderUiKit(<Harness framework={framework} />);
      const inputs = inputsOf(framework);
      const specs = frameworkInputs(framework);
      for (const [i, spec] of specs.entries()) {
        if (spec.kind !== 'choice') continue;
        const { scale } = inputs[i]!;
        const select = () => ui.find('Select', (n) => n.props.name === spec.field);
        const options = select().props.options as { label: string; value: string }[];
        expect(options.map((o) => o.label)).toEqual(spec.choices.map((c) => c.label));
        for (const option of options) {
          await ui.fire(select().props.onChange, option);
          const stored = saved[spec.field]!;
          const choice = spec.choices[Number(option.value)]!;
          expect(stored).toEqual(choice.value);
          const index = Number(option.value);
          const named = scale.reads === 'word' || scale.reads === 'first-word';
          const meant = named ? scale.named![index]!.value : (scale.values ?? scale.offer)![index];
          expect(readInput(scale, stored), `${spec.field} ${option.label}`).toBe(meant);
          expect(select().props.value).toMatchObject({ label: option.label });
        }
      }
    },
  );
});
