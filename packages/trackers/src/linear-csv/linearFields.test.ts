import type { ReleaseInput } from '@trailmap/core';
import { describe, expect, it } from 'vitest';
import { Columns } from '../csv/columns';
import { newDraftItem } from '../draft/draft';
import { InputProblems } from '../errors/inputProblem';

const messagesOf = (problems: InputProblems) => problems.list.map((p) => p.message);

import { mapCycle, mapValueLabel, readInstant, readLinearDate } from './linearFields';

const row = { row: 5, cells: [] };
const draft = () => newDraftItem(5, { id: 'x', key: 'ENG-1', title: 'x', statusCategory: 'todo' });

describe('mapValueLabel', () => {
  it('reads scoring inputs, customers, themes and initiatives', () => {
    const d = draft();
    for (const label of [
      'reach: 400',
      'RICE Impact:2',
      'moscow:Could',
      'customer:Acme',
      'theme:Growth',
      'initiative:EU',
    ]) {
      expect(mapValueLabel(d, label, new Set(), row, new InputProblems('x.csv'), 'Labels')).toBe(true);
    }
    expect(d.item.fields).toEqual({ reach: 400, impact: 2, moscow: 'could' });
    expect(d.customerNames).toEqual(['Acme']);
    expect(d.item).toMatchObject({ theme: 'Growth', initiative: 'EU' });
  });

  it('leaves ordinary labels alone, including ones with a colon', () => {
    const d = draft();
    expect(mapValueLabel(d, 'v2: beta', new Set(), row, new InputProblems('x.csv'), 'Labels')).toBe(false);
    expect(mapValueLabel(d, 'Bug', new Set(), row, new InputProblems('x.csv'), 'Labels')).toBe(false);
    expect(d.item.fields).toEqual({});
  });

  it('reads names the config maps', () => {
    const d = draft();
    expect(
      mapValueLabel(d, 'Segment: SMB', new Set(['segment']), row, new InputProblems('x.csv'), 'Labels'),
    ).toBe(true);
    expect(d.item.fields).toEqual({ segment: 'SMB' });
  });

  it('names row and column of a bad value', () => {
    const problems = new InputProblems('x.csv');
    mapValueLabel(draft(), 'effort:huge', new Set(), row, problems, 'Labels');
    expect(messagesOf(problems)).toEqual([
      'x.csv: row 5, column "Labels": label "effort:huge": "huge" is not a number',
    ]);
  });
});

describe('mapCycle', () => {
  const header = ['Cycle Number', 'Cycle Name', 'Cycle Start', 'Cycle End'];
  const cols = new Columns(header);
  const read = (cells: string[], team?: string) => {
    const r = { row: 3, cells };
    const cycles = new Map<string, ReleaseInput>();
    const problems = new InputProblems('x.csv');
    const name = mapCycle(
      r,
      (names) => cols.first(r, names),
      (names) => cols.first(r, names)?.value,
      team,
      cycles,
      problems,
    );
    return { name, cycles: [...cycles.values()], problems: messagesOf(problems) };
  };

  it('records a named cycle with its dates', () => {
    expect(
      read(['7', 'Sprint 7', '2026-06-01T04:00:00.000Z', 'Sun Jun 14 2026 22:00:00 GMT+0000 (GMT)']),
    ).toEqual({
      name: 'Sprint 7',
      cycles: [{ id: 'Sprint 7', name: 'Sprint 7', start: '2026-06-01', end: '2026-06-15' }],
      problems: [],
    });
  });

  it('names an unnamed cycle after its team and number', () => {
    expect(read(['12', '', '', ''], 'Platform').name).toBe('Platform Cycle 12');
    expect(read(['', '', '', '']).name).toBeUndefined();
  });

  it('rejects an unreadable cycle date', () => {
    expect(read(['1', 'C1', 'soon', '']).problems).toEqual([
      'x.csv: row 3, column "Cycle Start": "soon" is not a date',
    ]);
  });
});

describe('readInstant', () => {
  it('reads both Linear date shapes and names the cell it cannot read', () => {
    expect(
      readInstant({ value: '2026-06-22T13:35:05.809Z', column: 'Created' }, row, new InputProblems('x.csv')),
    ).toBe('2026-06-22T13:35:05.809Z');
    expect(readInstant(undefined, row, new InputProblems('x.csv'))).toBeUndefined();
    const problems = new InputProblems('x.csv');
    expect(readInstant({ value: '22/06/2026', column: 'Created' }, row, problems)).toBeUndefined();
    expect(problems.list[0]).toMatchObject({ code: 'invalid_date', received: '22/06/2026' });
    expect(messagesOf(problems)[0]).toMatch(/^x\.csv: row 5, column "Created": "22\/06\/2026" is not a date/);
  });
});

describe('readLinearDate', () => {
  it('reads the calendar date Linear shows and names the cell it cannot read', () => {
    expect(
      readLinearDate(
        { value: 'Fri Nov 21 2025 05:00:00 GMT+0000', column: 'Due Date' },
        row,
        new InputProblems('x.csv'),
      ),
    ).toBe('2025-11-21');
    expect(readLinearDate(undefined, row, new InputProblems('x.csv'))).toBeUndefined();
    const problems = new InputProblems('x.csv');
    expect(readLinearDate({ value: 'soon', column: 'Due Date' }, row, problems)).toBeUndefined();
    expect(messagesOf(problems)).toEqual(['x.csv: row 5, column "Due Date": "soon" is not a date']);
  });
});
