import { describe, expect, it } from 'vitest';
import { KIND_LABELS } from './labelNames';
import { mergeLabels } from './mergeLabels';
import type { LabelSuggestion } from './teamRules';

const s = (label: string, confidence = 0.9, source: 'model' | 'rule' = 'model'): LabelSuggestion => ({
  label,
  confidence,
  modelVersion: 'lbl-abc.r2',
  source,
});

describe('mergeLabels', () => {
  it('keeps every human label and appends applied suggestions with an audit record each', () => {
    const r = mergeLabels(['customer-x', 'Bug'], [s('ui', 0.91), s('billing', 0.87)]);
    expect(r.labels).toEqual(['customer-x', 'Bug', 'ui', 'billing']);
    expect(r.applied).toEqual([
      { label: 'ui', modelVersion: 'lbl-abc.r2', confidence: 0.91, source: 'model' },
      { label: 'billing', modelVersion: 'lbl-abc.r2', confidence: 0.87, source: 'model' },
    ]);
  });

  it('does not add a label a human already set, whatever its case', () => {
    const r = mergeLabels(['Bug'], [s('bug')]);
    expect(r.labels).toEqual(['Bug']);
    expect(r.skipped).toEqual([{ label: 'bug', reason: 'already-set' }]);
  });

  it('never puts back a label a human removed', () => {
    const r = mergeLabels([], [s('ui')], { removedByHuman: ['UI'] });
    expect(r.labels).toEqual([]);
    expect(r.skipped[0]?.reason).toBe('human-removed');
  });

  it('does not contradict a human kind label with another kind', () => {
    const r = mergeLabels(['question'], [s('bug', 0.99)], { exclusiveGroups: [KIND_LABELS] });
    expect(r.labels).toEqual(['question']);
    expect(r.skipped[0]?.reason).toBe('conflicts-with-human');
  });

  it('applies at most one label of an exclusive group, the strongest', () => {
    const r = mergeLabels([], [s('bug', 0.7), s('question', 0.95)], { exclusiveGroups: [KIND_LABELS] });
    expect(r.labels).toEqual(['question']);
  });

  it('holds back model labels in suggest mode but applies rule-forced ones', () => {
    const r = mergeLabels([], [s('ui'), s('security', 1, 'rule')], { mode: 'suggest' });
    expect(r.labels).toEqual(['security']);
    expect(r.skipped).toEqual([{ label: 'ui', reason: 'suggest-only' }]);
  });
});
