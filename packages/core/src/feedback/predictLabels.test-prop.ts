import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { predictLabels } from './predictLabels';
import { toyTickets } from './toyTickets.test-helper';
import { trainLabeller } from './trainLabeller';

const exclusive = trainLabeller(toyTickets(15, 3));
const multi = trainLabeller(
  toyTickets(15).map((e, i) => ({ ...e, labels: [...e.labels, i % 2 ? 'web' : 'mobile'] })),
);
if (!exclusive.ok || !multi.ok) throw new Error('toy training failed');
const models = [exclusive.value, multi.value];

const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constant(''),
  fc.constantFrom('```\nunterminated', '    at x (y.js:1:1)', '### heading only', '\u0000\uFFFF\uD800'),
);

describe('predictLabels (properties)', () => {
  it('never throws and always returns probabilities in [0, 1] on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.constantFrom(...models), anyText, anyText, (model, title, body) => {
        const p = predictLabels(model, { title, body });
        expect(p.ranked).toHaveLength(model.labels.length);
        for (const s of p.ranked) expect(s.confidence >= 0 && s.confidence <= 1).toBe(true);
        expect(p.abstained).toBe(p.labels.length === 0);
      }),
      { numRuns: 200 },
    );
  });

  it('handles very long text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...models),
        fc.string({ minLength: 1, maxLength: 5 }),
        fc.integer({ min: 10_000, max: 60_000 }),
        (model, unit, n) => {
          const p = predictLabels(model, { title: unit.repeat(n / 10), body: unit.repeat(n) });
          expect(Number.isFinite(p.ranked[0]!.confidence)).toBe(true);
        },
      ),
      { numRuns: 10 },
    );
    // Up to 60k characters per run: on a shared 2-core CI machine this outlasts vitest's 5 s default.
  }, 60_000);
});
