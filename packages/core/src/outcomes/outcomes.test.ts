import { describe, expect, it } from 'vitest';
import { type WorkItem, WorkItemSchema } from '../model/workItem';
import { buildOutcomes } from './buildOutcomes';
import { calibrate } from './calibration';
import { confidenceAdjustments } from './confidenceAdjustment';
import { ExperimentRecordSchema } from './experimentRecord';
import { ideaPrediction } from './ideaPrediction';

const item = (key: string, fields: WorkItem['fields'], team = 'Growth'): WorkItem =>
  WorkItemSchema.parse({
    id: `id-${key}`,
    key,
    title: `Idea ${key}`,
    type: 'Idea',
    statusCategory: 'todo',
    fields,
    team,
  });

const binomial = (control: number, treatment: number) => ({
  metric: { type: 'binomial' },
  variants: [
    { name: 'control', users: 10_000, conversions: control },
    { name: 'B', users: 10_000, conversions: treatment },
  ],
});

describe('calibration and the Brier score', () => {
  it('buckets by stated confidence and scores (c − outcome)²', () => {
    // (0.8−1)² + (0.8−0)² + (0.5−0)² + (1−1)² = 0.04 + 0.64 + 0.25 + 0 = 0.93; / 4 = 0.2325
    const c = calibrate([
      { confidence: 0.8, delivered: true },
      { confidence: 0.8, delivered: false },
      { confidence: 0.5, delivered: false },
      { confidence: 1, delivered: true },
    ]);
    expect(c.brier).toBeCloseTo(0.2325, 12);
    expect(c.buckets).toEqual([
      { confidence: 0.5, ideas: 1, delivered: 0, rate: 0 },
      { confidence: 0.8, ideas: 2, delivered: 1, rate: 0.5 },
      { confidence: 1, ideas: 1, delivered: 1, rate: 1 },
    ]);
    expect(calibrate([]).brier).toBeUndefined();
  });

  it('suggests a shrunk Confidence factor per team, and none below 3 experiments', () => {
    const [growth, trust] = confidenceAdjustments([
      { team: 'Growth', confidence: 0.8, delivered: true },
      { team: 'Growth', confidence: 0.8, delivered: false },
      { team: 'Growth', confidence: 0.8, delivered: false },
      { team: 'Growth', confidence: 0.8, delivered: false },
      { team: 'Trust', confidence: 1, delivered: true },
    ]);
    // (1 + 2 × 0.8) / (4 + 2) = 0.4333; / 0.8 = 0.54
    expect(growth!.factor).toBe(0.54);
    expect(growth!.sentence).toBe(
      'Growth: stated confidence averages 80 %, 1 of 4 delivered (25 %); suggest Confidence × 0.54 (80 % → 43 %). Not applied.',
    );
    expect(trust!.factor).toBeUndefined();
  });
});

describe('ideaPrediction', () => {
  it('reads RICE impact and confidence with RICE rules and maps impact to a lift', () => {
    expect(ideaPrediction(item('A-1', { impact: 'high', confidence: '80%' }), {})).toEqual({
      impact: 2,
      confidence: 0.8,
      predictedLift: 0.05,
      source: 'rice-impact',
    });
    expect(ideaPrediction(item('A-2', { impact: 3, confidence: 50 }), { expectedLift: 0.02 })).toMatchObject({
      predictedLift: 0.02,
      source: 'expected-lift',
      confidence: 0.5,
    });
    expect(ideaPrediction(undefined, {})).toEqual({ source: 'none' });
  });
});

describe('buildOutcomes', () => {
  it('joins records to ideas by Jira key or Linear id and measures each prediction', () => {
    const items = [
      item('GRO-1', { impact: 3, confidence: 0.8 }),
      item('GRO-2', { impact: 1, confidence: 0.5 }, 'Trust'),
    ];
    const records = [
      ExperimentRecordSchema.parse({
        id: 'e1',
        ideas: ['gro-1'],
        metrics: [binomial(1000, 1100)],
        decision: 'ship',
      }),
      ExperimentRecordSchema.parse({
        id: 'e2',
        ideas: ['id-GRO-2', 'NOPE-9'],
        metrics: [binomial(1000, 1010)],
      }),
    ];
    const view = buildOutcomes(items, records);
    expect(view.ideas.map((i) => [i.key, i.outcome, i.delivered, i.team])).toEqual([
      ['GRO-1', 'wins', true, 'Growth'],
      ['GRO-2', 'inconclusive', false, 'Trust'],
      ['NOPE-9', 'inconclusive', false, 'no team'],
    ]);
    expect(view.ideas[0]!.measuredLift).toBeCloseTo(0.1, 10);
    expect(view.ideas[0]!.predictedLift).toBe(0.1);
    // Only the two ideas with a stated confidence are calibrated: (0.8 − 1)² + (0.5 − 0)² = 0.29; / 2
    expect(view.calibration.brier).toBeCloseTo(0.145, 12);
    expect(view.problems.map((p) => p.code)).toEqual(['unknown_idea']);
  });

  it('a record whose metric is invalid becomes a problem, not a crash', () => {
    const bad = ExperimentRecordSchema.parse({
      id: 'e3',
      ideas: ['X-1'],
      metrics: [{ metric: { type: 'binomial' }, variants: [] }],
    });
    const view = buildOutcomes([], [bad]);
    expect(view.ideas).toEqual([]);
    expect(view.problems[0]!.message).toMatch(/^experiment e3: metrics\[0\]: variants needs at least 2/);
  });
});
