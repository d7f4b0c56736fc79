import { describe, expect, it } from 'vitest';
import { applyCorrection } from './applyCorrection';
import { predictLabels } from './predictLabels';
import { deserialiseModel, serialiseModel } from './serialiseModel';
import { toyTickets } from './toyTickets.test-helper';
import { trainLabeller } from './trainLabeller';

const trained = trainLabeller(toyTickets(25, 3));
if (!trained.ok) throw new Error('toy training failed');
const model = trained.value;

describe('applyCorrection', () => {
  const ticket = { title: 'Page freezes when I click the sync button' };

  it('moves the corrected ticket to the label the human chose and bumps the version', () => {
    const before = predictLabels(model, ticket).ranked[0]?.label;
    const target = before === 'question' ? 'bug' : 'question';
    const r = applyCorrection(model, { ...ticket, labels: [target] });
    if (!r.ok) throw new Error(r.problems[0].message);
    expect(predictLabels(r.value, ticket).ranked[0]?.label).toBe(target);
    expect(r.value.version).toBe(model.version.replace('.r0', '.r1'));
    expect(r.value.training.corrections).toBe(1);
  });

  it('learns a label it has never seen', () => {
    const r = applyCorrection(model, { title: 'Refund for the duplicate charge', labels: ['billing'] });
    if (!r.ok) throw new Error(r.problems[0].message);
    expect(r.value.labels).toContain('billing');
    expect(predictLabels(r.value, { title: 'Refund for the duplicate charge' }).ranked[0]?.label).toBe(
      'billing',
    );
  });

  it('does not modify the model it was given, and the result serialises', () => {
    const copy = serialiseModel(model);
    const r = applyCorrection(model, { ...ticket, labels: ['bug'] });
    expect(serialiseModel(model)).toBe(copy);
    expect(r.ok && deserialiseModel(serialiseModel(r.value)).ok).toBe(true);
  });

  it('refuses two labels for a single-label model', () => {
    expect(applyCorrection(model, { ...ticket, labels: ['bug', 'question'] }).ok).toBe(false);
  });
});
