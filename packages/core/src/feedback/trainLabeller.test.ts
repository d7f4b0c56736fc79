import { describe, expect, it } from 'vitest';
import { predictLabels } from './predictLabels';
import { toyTickets } from './toyTickets.test-helper';
import { trainLabeller } from './trainLabeller';

function train(...args: Parameters<typeof trainLabeller>) {
  const r = trainLabeller(...args);
  if (!r.ok) throw new Error(r.problems[0].message);
  return r.value;
}

describe('trainLabeller', () => {
  it('learns a separable toy problem and labels unseen tickets confidently', () => {
    const model = train(toyTickets(40, 3));
    expect(model.readiness.mode).toBe('apply');
    const p = predictLabels(model, { title: 'The app crashes with an error when I save' });
    expect(p.labels.map((l) => l.label)).toEqual(['bug']);
    expect(predictLabels(model, { title: 'How do I find my invoice?' }).ranked[0]?.label).toBe('question');
  });

  it('abstains on text unlike anything it learnt', () => {
    const model = train(toyTickets(40, 3));
    const p = predictLabels(model, { title: 'zqxv plorf wibble', body: 'grommet' });
    expect(p.abstained).toBe(true);
    expect(p.ranked).toHaveLength(3);
  });

  it('reports calibrated confidences that sum to one for a single-label model', () => {
    const model = train(toyTickets(30, 3));
    const sum = predictLabels(model, { title: 'add dark mode' }).ranked.reduce((a, s) => a + s.confidence, 0);
    expect(sum).toBeCloseTo(1, 6);
  });

  it('says it only suggests when trained on too little data', () => {
    const model = train(toyTickets(5));
    expect(model.readiness.mode).toBe('suggest');
    expect(model.readiness.reasons.join(' ')).toMatch(/only 10 labelled examples/);
    expect(predictLabels(model, { title: 'crash' }).mode).toBe('suggest');
  });

  it('fails as data when there is nothing to tell apart', () => {
    const r = trainLabeller([
      { title: 'a', labels: ['bug'] },
      { title: 'b', labels: ['bug'] },
      { title: 'c', labels: ['bug'] },
    ]);
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['too_few']);
    expect(trainLabeller([]).ok).toBe(false);
  });

  it('merges spellings of one label and drops labels with too few examples', () => {
    const data = toyTickets(20).map((e, i) => ({
      ...e,
      labels: e.labels.map((l) => (i % 2 ? l.toUpperCase() : l)),
    }));
    const model = train([...data, { title: 'odd one', labels: ['rare'] }]);
    expect(model.labels).toHaveLength(2);
    expect(model.readiness.reasons.join(' ')).toMatch(/"rare" has 1 example/);
  });

  it('learns several labels per ticket when the data is multi-label', () => {
    const areas = toyTickets(30).map((e, i) => ({
      ...e,
      title: `${e.title} ${i % 3 === 0 ? 'billing invoice' : 'dashboard chart'}`,
      labels: [...e.labels, i % 3 === 0 ? 'billing' : 'reports'],
    }));
    const model = train(areas);
    expect(model.exclusive).toBe(false);
    const labels = predictLabels(model, { title: 'App crashes when saving the billing invoice' }).labels.map(
      (l) => l.label,
    );
    expect(labels).toEqual(expect.arrayContaining(['bug', 'billing']));
  });

  it('is deterministic: same data, same model', () => {
    expect(train(toyTickets(20)).weights).toBe(train(toyTickets(20)).weights);
  });

  it('keeps the model under the size bound by pruning the weakest features', () => {
    const model = train(toyTickets(30), { maxModelBytes: 20_000 });
    expect(JSON.stringify(model).length).toBeLessThan(26_000);
    expect(predictLabels(model, { title: 'App crashes when saving' }).ranked[0]?.label).toBe('bug');
  });
});
