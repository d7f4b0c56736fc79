import { describe, expect, it } from 'vitest';
import type { LabelPrediction } from './predictLabels';
import { applyRules, compileRules } from './teamRules';

const prediction = (exclusive: boolean, labels: [string, number][]): LabelPrediction => ({
  modelVersion: 'lbl-1.r0',
  labels: labels.map(([label, confidence]) => ({ label, confidence })),
  ranked: [...labels, ['question', 0.01] as [string, number]].map(([label, confidence]) => ({
    label,
    confidence,
  })),
  abstained: labels.length === 0,
  exclusive,
  mode: 'apply',
});

function compiled(...rules: Parameters<typeof compileRules>[0]) {
  const r = compileRules(rules);
  if (!r.ok) throw new Error(r.problems[0].message);
  return r.value;
}

describe('team rules', () => {
  it('force a label on a keyword match, whole words only, with confidence 1', () => {
    const rules = compiled({ label: 'billing', action: 'force', keywords: ['invoice'] });
    const hit = applyRules(prediction(false, []), { title: 'Wrong Invoice total' }, rules);
    expect(hit).toEqual([
      { label: 'billing', confidence: 1, modelVersion: 'lbl-1.r0', source: 'rule', ruleId: 'force:billing' },
    ]);
    expect(applyRules(prediction(false, []), { title: 'invoicenumbers' }, rules)).toEqual([]);
  });

  it('block a label the model wanted', () => {
    const rules = compiled({ label: 'bug', action: 'block', pattern: 'how (do|can) i' });
    expect(applyRules(prediction(true, [['bug', 0.9]]), { title: 'How do I export?' }, rules)).toEqual([]);
  });

  it('replace the model choice of a single-label model with a forced label', () => {
    const rules = compiled({ label: 'question', action: 'force', pattern: '\\?$', field: 'title' });
    const out = applyRules(prediction(true, [['bug', 0.9]]), { title: 'Is this broken?' }, rules);
    expect(out.map((x) => x.label)).toEqual(['question']);
  });

  it('let a block win over a force for the same label', () => {
    const rules = compiled(
      { label: 'urgent', action: 'force', keywords: ['asap'] },
      { label: 'urgent', action: 'block', keywords: ['test'] },
    );
    expect(applyRules(prediction(false, []), { title: 'test asap' }, rules)).toEqual([]);
  });

  it('report a rule whose pattern does not compile, naming it', () => {
    const r = compileRules([{ label: 'x', action: 'force', pattern: '(' }]);
    expect(r.ok ? '' : r.problems[0].field).toBe('rules[0].pattern');
  });

  it('report a rule with nothing to match', () => {
    const r = compileRules([{ label: 'x', action: 'force' }]);
    expect(r.ok ? '' : r.problems[0].code).toBe('missing');
  });
});
