import type { FieldValue, Framework, PresetId, Scorecard } from '@trailmap/core';

/** One choice in a scale, e.g. RICE impact "high (2)". */
export interface InputChoice {
  label: string;
  value: FieldValue;
}

/**
 * How the panel asks for one scoring input: a picker over the framework's scale, or a number box.
 *
 * @example
 * const impact: InputSpec = { field: 'impact', label: 'Impact', kind: 'choice', choices: [{ label: 'massive (3)', value: 3 }], help: '' };
 */
export type InputSpec =
  | { field: string; label: string; kind: 'choice'; choices: InputChoice[]; help: string }
  | { field: string; label: string; kind: 'number'; min?: number; max?: number; help: string };

const choices = (pairs: ReadonlyArray<readonly [string, FieldValue]>): InputChoice[] =>
  pairs.map(([label, value]) => ({ label, value }));
const numbered = (values: readonly number[]) => values.map((v) => ({ label: String(v), value: v }));
const oneToTen = numbered([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
const FIBONACCI = [1, 2, 3, 5, 8, 13, 20];

const RICE_IMPACT = choices([
  ['massive (3)', 3],
  ['high (2)', 2],
  ['medium (1)', 1],
  ['low (0.5)', 0.5],
  ['minimal (0.25)', 0.25],
]);
const RICE_CONFIDENCE = choices([
  ['high (100 %)', '100%'],
  ['medium (80 %)', '80%'],
  ['low (50 %)', '50%'],
]);

const reach: InputSpec = {
  field: 'reach',
  label: 'Reach',
  kind: 'number',
  min: 0,
  help: 'People or events per quarter',
};
const effortMonths: InputSpec = {
  field: 'effort',
  label: 'Effort',
  kind: 'number',
  min: 0,
  help: 'Person-months (minimum 0.5); blank uses a person-time estimate',
};
const scale10 = (field: string, label: string): InputSpec => ({
  field,
  label,
  kind: 'choice',
  choices: oneToTen,
  help: '1 (low) – 10 (high)',
});
const wsjfTerms = (kind: 'choice' | 'number'): InputSpec[] =>
  (
    [
      ['business_value', 'Business value'],
      ['time_criticality', 'Time criticality'],
      ['risk_reduction', 'Risk reduction / opportunity enablement'],
      ['job_size', 'Job size'],
    ] as const
  ).map(([field, label]) =>
    kind === 'choice'
      ? { field, label, kind, choices: numbered(FIBONACCI), help: 'Modified Fibonacci' }
      : { field, label, kind, min: 0, help: 'Any number ≥ 0' },
  );

// A Record over every preset id: a new core preset fails to compile until the panel can ask for it.
const PRESET_INPUTS: Record<PresetId, InputSpec[]> = {
  rice: [
    reach,
    { field: 'impact', label: 'Impact', kind: 'choice', choices: RICE_IMPACT, help: 'Per person reached' },
    {
      field: 'confidence',
      label: 'Confidence',
      kind: 'choice',
      choices: RICE_CONFIDENCE,
      help: 'How sure are the estimates',
    },
    effortMonths,
  ],
  'rice-open': [
    reach,
    { field: 'impact', label: 'Impact', kind: 'number', min: 0, help: 'Any positive scale' },
    { field: 'confidence', label: 'Confidence', kind: 'number', min: 0, max: 100, help: 'Percent' },
    effortMonths,
  ],
  ice: [scale10('impact', 'Impact'), scale10('confidence', 'Confidence'), scale10('ease', 'Ease')],
  'ice-average': [scale10('impact', 'Impact'), scale10('confidence', 'Confidence'), scale10('ease', 'Ease')],
  wsjf: wsjfTerms('choice'),
  'wsjf-open': wsjfTerms('number'),
  'value-effort': [scale10('value', 'Value'), scale10('effort', 'Effort')],
  moscow: [
    {
      field: 'moscow',
      label: 'MoSCoW',
      kind: 'choice',
      choices: choices([
        ['Must have', 'Must'],
        ['Should have', 'Should'],
        ['Could have', 'Could'],
        ["Won't have (this time)", "Won't"],
      ]),
      help: 'DSDM priority bucket',
    },
  ],
  aha: [
    { field: 'population', label: 'Population', kind: 'number', min: 0, max: 10, help: 'Aha! slider 0–10' },
    { field: 'need', label: 'Need', kind: 'number', min: 0, max: 10, help: 'Aha! slider 0–10' },
    { field: 'strategy', label: 'Strategy', kind: 'number', min: 0, max: 10, help: 'Aha! slider 0–10' },
    {
      field: 'effort',
      label: 'Effort',
      kind: 'number',
      min: 0,
      max: 10,
      help: 'Aha! slider 0–10 (subtracted)',
    },
    { field: 'confidence', label: 'Confidence', kind: 'number', min: 0, max: 100, help: 'Percent' },
  ],
};

/**
 * The inputs a framework asks for, in formula order, with its scale choices.
 *
 * @example
 * frameworkInputs('rice')[1]?.kind; // => 'choice' (impact 3 / 2 / 1 / 0.5 / 0.25)
 */
export function frameworkInputs(framework: Framework): InputSpec[] {
  return typeof framework === 'string' ? PRESET_INPUTS[framework] : scorecardInputs(framework);
}

function scorecardInputs(card: Scorecard): InputSpec[] {
  return card.criteria.map((c): InputSpec => {
    const label = c.label ?? c.field;
    const help = c.weight < 0 ? `Cost (weight ${c.weight})` : `Weight ${c.weight}`;
    const s = c.scale;
    switch (s.type) {
      case 'range': {
        const integral = Number.isInteger(s.min) && Number.isInteger(s.max) && s.max - s.min <= 10;
        if (!integral) return { field: c.field, label, kind: 'number', min: s.min, max: s.max, help };
        const values = Array.from({ length: s.max - s.min + 1 }, (_, i) => s.min + i);
        return { field: c.field, label, kind: 'choice', choices: numbered(values), help };
      }
      case 'fibonacci':
        return { field: c.field, label, kind: 'choice', choices: numbered(s.values), help };
      case 'percent':
        return { field: c.field, label, kind: 'number', min: 0, max: 100, help: `${help}; percent` };
      case 'boolean':
        return {
          field: c.field,
          label,
          kind: 'choice',
          choices: choices([
            ['yes', true],
            ['no', false],
          ]),
          help,
        };
      case 'number':
        return {
          field: c.field,
          label,
          kind: 'number',
          min: 0,
          ...(s.max === undefined ? {} : { max: s.max }),
          help,
        };
      default:
        // The last scale type: t-shirt sizes (a new core scale type fails to compile on `s.sizes`).
        return {
          field: c.field,
          label,
          kind: 'choice',
          choices: Object.keys(s.sizes).map((size) => ({ label: size.toUpperCase(), value: size })),
          help,
        };
    }
  });
}
