import { describe, expect, it } from 'vitest';
import { predictLabels } from './predictLabels';
import { deserialiseModel, serialiseModel } from './serialiseModel';
import { toyTickets } from './toyTickets.test-helper';
import { trainLabeller } from './trainLabeller';

const trained = trainLabeller(toyTickets(25, 3));
if (!trained.ok) throw new Error('toy training failed');
const model = trained.value;

describe('serialiseModel / deserialiseModel', () => {
  it('round-trips to an equal model that predicts identically', () => {
    const back = deserialiseModel(serialiseModel(model));
    expect(back.ok && back.value).toEqual(model);
    const ticket = { title: 'Export crashes with error', body: 'since the update' };
    expect(back.ok && predictLabels(back.value, ticket)).toEqual(predictLabels(model, ticket));
  });

  it('accepts an already-parsed object', () => {
    expect(deserialiseModel(JSON.parse(serialiseModel(model))).ok).toBe(true);
  });

  it('rejects text that is not JSON', () => {
    const r = deserialiseModel('{nope');
    expect(r.ok ? '' : r.problems[0].code).toBe('invalid_json');
  });

  it('rejects another format or schema version', () => {
    const r = deserialiseModel({ ...model, schemaVersion: 99 });
    expect(r.ok ? '' : r.problems[0].field).toBe('schemaVersion');
  });

  it('rejects weights that do not match the declared shape', () => {
    const r = deserialiseModel({ ...model, vocabSize: model.vocabSize + 1 });
    expect(r.ok ? '' : r.problems[0].code).toBe('corrupt_model');
  });

  it('rejects a bias list of the wrong length', () => {
    const r = deserialiseModel({ ...model, bias: [0] });
    expect(r.ok ? '' : r.problems[0].field).toBe('bias');
  });
});
