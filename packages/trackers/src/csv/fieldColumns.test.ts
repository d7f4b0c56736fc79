import { describe, expect, it } from 'vitest';
import { InputProblems } from '../errors/inputProblem';
import { Columns } from './columns';
import { planFields, readFields, slotColumns } from './fieldColumns';

describe('slotColumns', () => {
  it('puts config aliases first and accepts any spelling of the slot name', () => {
    expect(
      slotColumns('startDate', ['Custom field (Start date)'], { mapping: { 'start date': ['Kickoff'] } }),
    ).toEqual(['Kickoff', 'Custom field (Start date)']);
    expect(slotColumns('team', ['Team'], { mapping: {} })).toEqual(['Team']);
  });
});

describe('planFields', () => {
  const cols = new Columns([
    'Summary',
    'Custom field (RICE Reach)',
    'Reach',
    'Custom field (Segment)',
    'Notes',
    'Squad',
  ]);

  it('reads scoring names, custom fields and configured columns, never slot columns', () => {
    const plans = planFields(
      cols,
      { mapping: { effort: ['Notes'], team: ['Squad'] } },
      (h) => h === 'summary',
    );
    expect(plans).toEqual([
      { name: 'effort', indices: [4], mapped: [4] },
      { name: 'reach', indices: [1, 2] },
      { name: 'segment', indices: [3] },
    ]);
  });

  it('reads every other column of a sidecar', () => {
    const names = planFields(cols, { mapping: {} }, (h) => h === 'summary', true).map((p) => p.name);
    expect(names).toEqual(['reach', 'segment', 'notes', 'squad']);
  });
});

describe('readFields', () => {
  const cols = new Columns(['Reach', 'Reach', 'Custom field (Segment)', 'Custom field (Segment)']);
  const plans = [
    { name: 'reach', indices: [0, 1] },
    { name: 'segment', indices: [2, 3] },
  ];

  it('takes the first non-empty scoring value and joins repeated other values', () => {
    expect(
      readFields(plans, cols, { row: 2, cells: ['', '300', 'SMB', 'EU'] }, new InputProblems('a.csv')),
    ).toEqual({
      reach: 300,
      segment: 'SMB, EU',
    });
  });

  it('names row and column of a bad scoring value', () => {
    const problems = new InputProblems('a.csv');
    expect(readFields(plans, cols, { row: 9, cells: ['many'] }, problems)).toEqual({});
    expect(problems.list.map((p) => [p.code, p.message])).toEqual([
      ['invalid', 'a.csv: row 9, column "Reach": "many" is not a number'],
    ]);
  });
});

describe('a column mapped to two fields', () => {
  it('feeds both', () => {
    const cols = new Columns(['Issue key', 'Story Points']);
    const plans = planFields(
      cols,
      { mapping: { value: ['Story Points'], effort: ['Story Points'] } },
      () => false,
    );
    expect(readFields(plans, cols, { row: 2, cells: ['PM-1', '5'] }, new InputProblems('a.csv'))).toEqual({
      value: 5,
      effort: 5,
    });
  });
});
