import { formChoices, readInput, SCORING_VOCABULARY, type ScoringVocabulary } from '@trailmap/core/scoring';
import { describe, expect, it } from 'vitest';
import { parseFieldValue } from './scoringValues';

describe('parseFieldValue', () => {
  it('stores confidence as a fraction whichever way it is written', () => {
    for (const text of ['80%', '80', '0.8', 'medium', 'Medium']) {
      expect(parseFieldValue('confidence', text)).toEqual({ ok: true, value: 0.8 });
    }
    expect(parseFieldValue('confidence', '100')).toEqual({ ok: true, value: 1 });
    expect(parseFieldValue('confidence', '1')).toEqual({ ok: true, value: 1 });
  });

  it('keeps a bare confidence from 1 to 10 as written, since ICE rates confidence 1–10', () => {
    expect(parseFieldValue('confidence', '7')).toEqual({ ok: true, value: 7 });
    expect(parseFieldValue('confidence', '10')).toEqual({ ok: true, value: 10 });
    expect(parseFieldValue('confidence', '7%')).toEqual({ ok: true, value: 0.07 });
  });

  it('rejects confidence above 100%', () => {
    expect(parseFieldValue('confidence', '150').ok).toBe(false);
    expect(parseFieldValue('confidence', '120%').ok).toBe(false);
  });

  it("reads Intercom's impact words", () => {
    expect(parseFieldValue('impact', 'Massive')).toEqual({ ok: true, value: 3 });
    expect(parseFieldValue('impact', 'minimal')).toEqual({ ok: true, value: 0.25 });
    expect(parseFieldValue('impact', '0.5')).toEqual({ ok: true, value: 0.5 });
  });

  it('explains a value that is not a number or is negative', () => {
    expect(parseFieldValue('reach', 'lots')).toEqual({ ok: false, message: '"lots" is not a number' });
    expect(parseFieldValue('effort', '-1')).toEqual({
      ok: false,
      message: '-1 is negative; effort must be 0 or more',
    });
  });

  it('turns percentages into fractions in other scoring columns', () => {
    expect(parseFieldValue('reach', '30%')).toEqual({ ok: true, value: 0.3 });
  });

  it('keeps other fields as numbers or text', () => {
    expect(parseFieldValue('segment', 'SMB')).toEqual({ ok: true, value: 'SMB' });
    expect(parseFieldValue('seats', '1,500')).toEqual({ ok: true, value: 1500 });
  });

  it('normalises MoSCoW and rejects other words', () => {
    expect(parseFieldValue('moscow', 'Must have')).toEqual({ ok: true, value: 'must' });
    expect(parseFieldValue('moscow', 'maybe')).toMatchObject({ ok: false });
  });
});

describe("parseFieldValue and core's scoring vocabulary", () => {
  const inputs = Object.entries(SCORING_VOCABULARY.frameworks).flatMap(([id, list]) =>
    list.filter((i) => i.field.imports !== undefined).map((input) => ({ id, input })),
  );

  it('imports every word of every scale as the value its framework scores', () => {
    for (const { id, input } of inputs) {
      for (const named of input.scale.named ?? []) {
        for (const word of named.words) {
          const parsed = parseFieldValue(input.field.name, word);
          expect(parsed.ok, `${id} ${input.field.name} ${word}`).toBe(true);
          if (parsed.ok) expect(readInput(input.scale, parsed.value)).toBe(named.value);
        }
      }
    }
  });

  it('imports every choice a form offers, written as text, as the value the form stores', () => {
    for (const { id, input } of inputs) {
      for (const choice of formChoices(input) ?? []) {
        const parsed = parseFieldValue(input.field.name, String(choice.value));
        expect(parsed.ok, `${id} ${input.field.name} ${choice.label}`).toBe(true);
        if (parsed.ok)
          expect(readInput(input.scale, parsed.value)).toBe(readInput(input.scale, choice.value));
      }
    }
  });

  it('takes a changed vocabulary: a new word reads, a dropped one does not', () => {
    const rice = SCORING_VOCABULARY.frameworks.rice;
    const impact = rice[1]!;
    const changed: ScoringVocabulary = {
      ...SCORING_VOCABULARY,
      frameworks: {
        ...SCORING_VOCABULARY.frameworks,
        rice: [
          rice[0]!,
          { ...impact, scale: { ...impact.scale, named: [{ value: 3, words: ['huge'] }] } },
          ...rice.slice(2),
        ],
        'rice-open': [],
      },
    };
    expect(parseFieldValue('impact', 'Huge', changed)).toEqual({ ok: true, value: 3 });
    expect(parseFieldValue('impact', 'massive', changed)).toEqual({
      ok: false,
      message: '"massive" is not a number or one of the impact words: huge',
    });
  });
});
