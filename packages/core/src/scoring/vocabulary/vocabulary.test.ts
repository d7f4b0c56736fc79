import { describe, expect, it } from 'vitest';
import { definitionOf, type Framework } from '../framework';
import { PRESET_IDS } from '../presets';
import { ScorecardSchema } from '../scorecard/scorecard';
import { describeScale } from './describeScale';
import { formChoices, storedValue } from './formChoices';
import { importWords } from './importWords';
import { readInput } from './readInput';
import { SCORING_VOCABULARY } from './scoringVocabulary';

// Every scorecard scale type, so custom scorecards are held to the same round trip as presets.
const card = ScorecardSchema.parse({
  name: 'every-scale',
  criteria: [
    { field: 'rating', scale: { type: 'range', min: 1, max: 5 }, weight: 2 },
    { field: 'wide', scale: { type: 'range', min: 0, max: 100 }, weight: 1 },
    { field: 'size', scale: { type: 'fibonacci' }, weight: 1 },
    { field: 'share', scale: { type: 'percent' }, weight: 1 },
    { field: 'strategic', scale: { type: 'boolean' }, weight: 1 },
    { field: 'seats', scale: { type: 'number', max: 500 }, weight: 1 },
    { field: 'effort', scale: { type: 'tshirt' }, weight: -1 },
  ],
});
const frameworks: Framework[] = [...PRESET_IDS, card];
const name = (f: Framework) => (typeof f === 'string' ? f : f.name);

describe('scoring vocabulary', () => {
  it.each(frameworks.map((f) => [name(f), f] as const))(
    '%s: the inputs are the factors, in formula order',
    (_, framework) => {
      const def = definitionOf(framework);
      expect(def.inputs.map((i) => i.field.name)).toEqual(def.factors.map((f) => f.name));
      for (const [i, input] of def.inputs.entries())
        expect(def.factors[i]!.expects).toBe(describeScale(input.scale));
    },
  );

  it.each(frameworks.map((f) => [name(f), f] as const))(
    '%s: every choice a form offers scores as the value it names',
    (_, framework) => {
      const def = definitionOf(framework);
      for (const [i, input] of def.inputs.entries()) {
        const choices = formChoices(input) ?? [];
        for (const choice of choices) {
          const read = readInput(input.scale, choice.value);
          expect(read, `${input.field.name} ${choice.label}`).not.toBeNaN();
          expect(def.factors[i]!.parse(choice.value)).not.toBeNaN();
        }
        // A closed scale offers exactly its values, each once.
        if (input.scale.values && input.scale.reads !== 'word')
          expect(choices.map((c) => readInput(input.scale, c.value))).toEqual(input.scale.values);
      }
    },
  );

  it('reads every word of every scale as its value, in any case', () => {
    for (const inputs of Object.values(SCORING_VOCABULARY.frameworks)) {
      for (const { scale, field } of inputs) {
        for (const named of scale.named ?? []) {
          for (const word of named.words) {
            expect(readInput(scale, word), `${field.name} ${word}`).toBe(named.value);
            expect(readInput(scale, ` ${word.toUpperCase()} `)).toBe(named.value);
          }
        }
      }
    }
  });

  it('gives a word one stored value per field across frameworks, so importers need not know the framework', () => {
    const table = importWords();
    for (const inputs of Object.values(SCORING_VOCABULARY.frameworks)) {
      for (const { scale, field } of inputs) {
        if (field.imports !== 'number') continue;
        for (const named of scale.named ?? []) {
          for (const word of named.words)
            expect(table.get(field.name)?.get(word), `${field.name} ${word}`).toEqual(
              storedValue(scale, named.value),
            );
        }
      }
    }
  });

  it("keeps Intercom's RICE scales canonical and the 20 % moonshot to the free-scales variant (SCORING.md §5.1)", () => {
    const [, impact, confidence, effort] = SCORING_VOCABULARY.frameworks.rice;
    expect(impact!.scale.values).toEqual([3, 2, 1, 0.5, 0.25]);
    expect(impact!.scale.named!.map((n) => n.words[0])).toEqual([
      'massive',
      'high',
      'medium',
      'low',
      'minimal',
    ]);
    expect(confidence!.scale.values).toEqual([1, 0.8, 0.5]);
    expect(readInput(confidence!.scale, 'moonshot')).toBeNaN();
    expect(readInput(SCORING_VOCABULARY.frameworks['rice-open'][2]!.scale, 'moonshot')).toBe(0.2);
    expect(effort!.scale.floor).toBe(0.5);
  });

  it('stores every field under a name importers and forms can find, with unique column names', () => {
    const names = SCORING_VOCABULARY.fields.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const inputs of Object.values(SCORING_VOCABULARY.frameworks)) {
      for (const { field } of inputs)
        if (field.imports !== undefined) expect(SCORING_VOCABULARY.fields).toContain(field);
    }
  });
});

describe('describeScale', () => {
  it('lists every value and word of a closed scale', () => {
    expect(describeScale(SCORING_VOCABULARY.frameworks.rice[1]!.scale)).toBe(
      'one of 3, 2, 1, 0.5, 0.25 (massive, high, medium, low, minimal)',
    );
    expect(describeScale(SCORING_VOCABULARY.frameworks.rice[2]!.scale)).toBe(
      'one of 100 %, 80 %, 50 % (as 100/80/50, 1/0.8/0.5, or high/medium/low)',
    );
    expect(describeScale(SCORING_VOCABULARY.frameworks.wsjf[0]!.scale)).toBe(
      'one of 1, 2, 3, 5, 8, 13, 20 (modified Fibonacci; split items larger than 20)',
    );
  });

  it('states the range, unit and floor of an open scale', () => {
    expect(describeScale(SCORING_VOCABULARY.frameworks.rice[3]!.scale)).toBe(
      'a number > 0 (person-months; minimum 0.5)',
    );
    expect(describeScale(SCORING_VOCABULARY.frameworks['value-effort'][0]!.scale)).toBe(
      'a number ≥ 0 (1–10 by default)',
    );
  });
});

describe('formChoices', () => {
  it('labels choices with their word and stores what every framework reads alike', () => {
    const [, impact, confidence] = SCORING_VOCABULARY.frameworks.rice;
    expect(formChoices(impact!)?.[0]).toEqual({ label: 'massive (3)', value: 3 });
    expect(formChoices(confidence!)?.[1]).toEqual({ label: 'medium (80 %)', value: '80%' });
    // ICE confidence 1 is stored as 10 %: a bare 1 would read as 100 % (importers store fractions).
    const ice = formChoices(SCORING_VOCABULARY.frameworks.ice[1]!)!;
    expect(ice[0]).toEqual({ label: '1', value: '10%' });
    expect(ice[7]).toEqual({ label: 'medium (8)', value: '80%' });
    expect(formChoices(SCORING_VOCABULARY.frameworks.moscow[0]!)?.map((c) => c.label)).toEqual([
      'Must have',
      'Should have',
      'Could have',
      "Won't have (this time)",
    ]);
    expect(formChoices(SCORING_VOCABULARY.frameworks.rice[0]!)).toBeUndefined();
  });
});
