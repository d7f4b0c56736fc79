import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { FieldValue } from '../model/workItem';
import { compareItems } from './compareItems';
import type { Framework } from './framework';
import { normaliseScores } from './normaliseScores';
import { PRESET_IDS } from './presets';
import { ScorecardSchema } from './scorecard/scorecard';
import { scoreItem } from './scoreItem';
import { scoreItems } from './scoreItems';
import { itemWith } from './workItem.fixture';

const card = ScorecardSchema.parse({
  name: 'card',
  criteria: [
    { field: 'value', scale: { type: 'range', min: 0, max: 10 }, weight: 2 },
    { field: 'reach', scale: { type: 'number', max: 1000 }, weight: 1 },
    { field: 'effort', scale: { type: 'range', min: 0, max: 10 }, weight: -1 },
  ],
});
const frameworks: Framework[] = [...PRESET_IDS, card];

const FIELDS = [
  'reach',
  'impact',
  'confidence',
  'effort',
  'ease',
  'business_value',
  'time_criticality',
  'risk_reduction',
  'job_size',
  'value',
  'moscow',
  'population',
  'need',
  'strategy',
  'effort_min',
  'effort_max',
  'reach_min',
  'reach_max',
];

const anyValue: fc.Arbitrary<FieldValue> = fc.oneof(
  fc.double(),
  fc.integer({ min: -5, max: 1000 }),
  fc.constantFrom(0, 0.5, 1, 2, 3, 5, 8, 13, 20, 100, 1e308, -0, Number.NaN, Number.POSITIVE_INFINITY),
  fc.string(),
  fc.constantFrom('80%', 'high', 'Must', 'M', '1e400', '', ' 3 ', 'yes'),
  fc.boolean(),
  fc.constant(null),
);
const anyFields = fc.dictionary(fc.constantFrom(...FIELDS), anyValue);

describe('scoreItem never yields NaN, Infinity or a throw', () => {
  it('for any field content and every framework', () => {
    fc.assert(
      fc.property(anyFields, fc.constantFrom(...frameworks), (fields, framework) => {
        const r = scoreItem(itemWith(fields), framework);
        if (!r.ok)
          return r.problems.length > 0 && r.problems.every((p) => p.field !== '' && p.message !== '');
        const { score, range } = r;
        return (
          Number.isFinite(score) &&
          Number.isFinite(range.low) &&
          Number.isFinite(range.high) &&
          range.low <= score &&
          score <= range.high &&
          r.explanation.factors.every((f) => Number.isFinite(f.contribution) && Number.isFinite(f.normalised))
        );
      }),
      { numRuns: 3000 },
    );
  });
});

// Each case: a framework, valid inputs, and which field may be raised and in which direction the
// score must then move (up: never falls; down: never rises).
const pos = fc.double({ min: 0.01, max: 1e6, noNaN: true });
const nonNeg = fc.double({ min: 0, max: 1e6, noNaN: true });
const pct = fc.double({ min: 0, max: 1, noNaN: true });
const tenth = fc.double({ min: 1, max: 10, noNaN: true });
// ICE reads a confidence ≤ 1 as a fraction of full confidence (1 = 100 % = 10), so the 1–10
// reading starts just above 1.
const iceConfidence = fc.double({ min: 1.000001, max: 10, noNaN: true });

const monotonic: {
  framework: Framework;
  inputs: fc.Arbitrary<Record<string, number>>;
  up: string[];
  down: string[];
  cap?: Record<string, number>;
}[] = [
  {
    framework: 'rice-open',
    inputs: fc.record({ reach: nonNeg, impact: pos, confidence: pct, effort: pos }),
    up: ['reach', 'impact'],
    down: ['effort'],
  },
  {
    framework: 'ice',
    inputs: fc.record({ impact: tenth, confidence: iceConfidence, ease: tenth }),
    up: ['impact', 'confidence', 'ease'],
    down: [],
    cap: { impact: 10, confidence: 10, ease: 10 },
  },
  {
    framework: 'ice-average',
    inputs: fc.record({ impact: tenth, confidence: iceConfidence, ease: tenth }),
    up: ['impact', 'confidence', 'ease'],
    down: [],
    cap: { impact: 10, confidence: 10, ease: 10 },
  },
  {
    framework: 'wsjf-open',
    inputs: fc.record({
      business_value: nonNeg,
      time_criticality: nonNeg,
      risk_reduction: nonNeg,
      job_size: pos,
    }),
    up: ['business_value', 'time_criticality', 'risk_reduction'],
    down: ['job_size'],
  },
  {
    framework: 'value-effort',
    inputs: fc.record({ value: nonNeg, effort: pos }),
    up: ['value'],
    down: ['effort'],
  },
  {
    framework: 'aha',
    inputs: fc.record({
      population: nonNeg,
      need: nonNeg,
      strategy: nonNeg,
      effort: nonNeg,
      confidence: pct,
    }),
    up: ['population', 'need', 'strategy'],
    down: ['effort'],
  },
  {
    framework: card,
    inputs: fc.record({
      value: fc.double({ min: 0, max: 10, noNaN: true }),
      reach: nonNeg,
      effort: fc.double({ min: 0, max: 10, noNaN: true }),
    }),
    up: ['value', 'reach'],
    down: ['effort'],
    cap: { value: 10, effort: 10 },
  },
];

describe('scores are monotonic in each input', () => {
  for (const { framework, inputs, up, down, cap } of monotonic) {
    const name = typeof framework === 'string' ? framework : framework.name;
    it(`${name}: raising ${[...up, ...down].join(', ')} moves the score the right way`, () => {
      fc.assert(
        fc.property(
          inputs,
          fc.constantFrom(...up, ...down),
          fc.double({ min: 0, max: 100, noNaN: true }),
          (fields, field, bump) => {
            const raised = Math.min(cap?.[field] ?? Number.POSITIVE_INFINITY, fields[field]! + bump);
            const a = scoreItem(itemWith(fields), framework);
            const b = scoreItem(itemWith({ ...fields, [field]: raised }), framework);
            if (!a.ok || !b.ok) return false;
            return up.includes(field) ? b.score >= a.score : b.score <= a.score;
          },
        ),
      );
    });
  }

  it('rice: each canonical step up in impact or confidence, or down in effort, never lowers the score', () => {
    const impacts = [0.25, 0.5, 1, 2, 3];
    const confidences = [0.5, 0.8, 1];
    fc.assert(
      fc.property(
        nonNeg,
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 1 }),
        fc.double({ min: 0.5, max: 100, noNaN: true }),
        (reach, i, c, effort) => {
          const score = (f: Record<string, number>) => {
            const r = scoreItem(itemWith(f), 'rice');
            return r.ok ? r.score : Number.NaN;
          };
          const base = score({ reach, impact: impacts[i]!, confidence: confidences[c]!, effort });
          return (
            score({ reach, impact: impacts[i + 1]!, confidence: confidences[c]!, effort }) >= base &&
            score({ reach, impact: impacts[i]!, confidence: confidences[c + 1]!, effort }) >= base &&
            score({ reach, impact: impacts[i]!, confidence: confidences[c]!, effort: effort + 1 }) <= base
          );
        },
      ),
    );
  });
});

describe('scores are absolute', () => {
  const riceFields = fc.record({
    reach: fc.integer({ min: 0, max: 100_000 }),
    impact: fc.constantFrom(0.25, 0.5, 1, 2, 3),
    confidence: fc.constantFrom(50, 80, 100),
    effort: fc.constantFrom(0.5, 1, 2, 3, 5, 8),
  });

  it('adding or removing other items never changes an item’s score', () => {
    fc.assert(
      fc.property(
        fc.array(riceFields, { minLength: 1, maxLength: 20 }),
        fc.array(riceFields, { maxLength: 20 }),
        (mine, others) => {
          const items = mine.map((f) => itemWith(f));
          const extra = others.map((f) => itemWith(f));
          const alone = scoreItems(items, 'rice');
          const together = scoreItems([...extra, ...items, ...extra], 'rice');
          const byKey = new Map(together.map((s) => [s.key, s.result]));
          return alone.every((s) => JSON.stringify(s.result) === JSON.stringify(byKey.get(s.key)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('scoreItems agrees with scoreItem item by item', () => {
    fc.assert(
      fc.property(
        fc.array(anyFields, { maxLength: 10 }),
        fc.constantFrom(...frameworks),
        (fieldSets, framework) => {
          const items = fieldSets.map((f) => itemWith(f));
          const batch = scoreItems(items, framework);
          return items.every(
            (item, i) => JSON.stringify(batch[i]!.result) === JSON.stringify(scoreItem(item, framework)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('relative view and comparison', () => {
  it('normaliseScores maps into 0–100 with the top at 100', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.constant(null)), {
          maxLength: 30,
        }),
        (scores) => {
          const out = normaliseScores(scores);
          const present = out.filter((x): x is number => x !== null);
          return present.every((x) => x >= 0 && x <= 100) && (present.length === 0 || present.includes(100));
        },
      ),
    );
  });

  it('exact comparisons split the whole gap between factors', () => {
    const fields = fc.record({
      reach: pos,
      impact: pos,
      confidence: fc.double({ min: 0.01, max: 1, noNaN: true }),
      effort: pos,
    });
    fc.assert(
      fc.property(fields, fields, (fa, fb) => {
        const [a, b] = scoreItems([itemWith(fa), itemWith(fb)], 'rice-open');
        const c = compareItems(a!, b!);
        const total = c.differences.reduce((s, d) => s + d.share, 0);
        return c.tie || !c.exact || Math.abs(total - 1) < 1e-6;
      }),
    );
  });
});
