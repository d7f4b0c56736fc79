import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storedValue } from './formChoices';
import type { InputScale } from './inputSpec';
import { onScale, readInput } from './readInput';
import { SCORING_VOCABULARY } from './scoringVocabulary';

const openScales: [string, InputScale][] = Object.entries(SCORING_VOCABULARY.frameworks).flatMap(
  ([id, inputs]) =>
    inputs
      .filter((i) => !i.scale.values && i.scale.reads !== 'word')
      .map((i): [string, InputScale] => [`${id} ${i.field.name}`, i.scale]),
);

describe('vocabulary scales (properties)', () => {
  it.each(openScales)('%s: any value on the scale survives being stored and read back', (_, scale) => {
    const lo = scale.min ?? 0;
    const hi = scale.max ?? 1e6;
    fc.assert(
      fc.property(fc.double({ min: lo, max: hi, noNaN: true }), (n) => {
        fc.pre(onScale(scale, n));
        const back = readInput(scale, storedValue(scale, n));
        expect(back).toBeCloseTo(n, 6);
      }),
      { numRuns: 100 },
    );
  });

  // Fractions and shares of 10 read a raw 80 or 0.8 as another number, so only plain numbers here.
  it.each(openScales.filter(([, s]) => s.reads === 'number'))(
    '%s: a number off the scale never reads',
    (_, scale) => {
      fc.assert(
        fc.property(fc.double({ noNaN: true }), (n) => {
          fc.pre(!onScale(scale, n) && Number.isFinite(n));
          expect(readInput(scale, n)).toBeNaN();
        }),
        { numRuns: 100 },
      );
    },
  );
});
