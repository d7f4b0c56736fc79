import { describe, expect, it } from 'vitest';
import { Columns } from '../csv/columns';
import { newDraftItem } from '../draft/draft';
import { InputProblems } from '../errors/inputProblem';
import { mapCustomers, mapEstimate, mapLabels, mapLinks, mapRanks } from './jiraValues';

const row = { row: 7, cells: [] };
const draft = (key: string) => newDraftItem(2, { id: key, key, title: key, statusCategory: 'todo' });

describe('mapLabels', () => {
  it('merges repeated columns and splits space-separated cells', () => {
    expect(
      mapLabels([
        { value: 'ux mobile', column: 'Labels' },
        { value: 'api', column: 'Labels' },
        { value: 'ux', column: 'Labels' },
      ]),
    ).toEqual(['ux', 'mobile', 'api']);
  });
});

describe('mapEstimate', () => {
  it('prefers story points', () => {
    expect(
      mapEstimate(
        { value: '5.0', column: 'SP' },
        { value: '3600', column: 'Original estimate' },
        row,
        new InputProblems('a.csv'),
      ),
    ).toEqual({ value: 5, unit: 'points' });
  });

  it('falls back to the original estimate in hours', () => {
    expect(
      mapEstimate(
        undefined,
        { value: '28800', column: 'Original estimate' },
        row,
        new InputProblems('a.csv'),
      ),
    ).toEqual({
      value: 8,
      unit: 'hours',
    });
    expect(mapEstimate(undefined, undefined, row, new InputProblems('a.csv'))).toBeUndefined();
  });

  it('names row and column of a bad value', () => {
    const problems = new InputProblems('a.csv');
    expect(
      mapEstimate({ value: 'big', column: 'Custom field (Story Points)' }, undefined, row, problems),
    ).toBeUndefined();
    expect(mapEstimate({ value: '-3', column: 'SP' }, undefined, row, problems)).toBeUndefined();
    expect(problems.list.map((p) => [p.code, p.message])).toEqual([
      ['invalid', 'a.csv: row 7, column "Custom field (Story Points)": "big" is not a number'],
      ['out_of_range', 'a.csv: row 7, column "SP": -3 is negative'],
    ]);
  });
});

describe('mapCustomers', () => {
  it('reads repeated columns and comma or semicolon lists', () => {
    expect(
      mapCustomers([
        { value: 'Acme, Globex', column: 'C' },
        { value: 'Initech; Acme', column: 'C' },
      ]),
    ).toEqual(['Acme', 'Globex', 'Initech']);
  });
});

describe('mapRanks', () => {
  it('orders LexoRank strings lexicographically, lower first', () => {
    const a = { draft: draft('A'), cell: { value: '0|i00b:', column: 'Rank' } };
    const b = { draft: draft('B'), cell: { value: '0|i00a:', column: 'Rank' } };
    const c = { draft: draft('C'), cell: { value: '0|hzzz:', column: 'Rank' } };
    mapRanks([a, b, c]);
    expect([a, b, c].map((x) => x.draft.item.rank)).toEqual([3, 2, 1]);
  });

  it('keeps numeric ranks', () => {
    const a = { draft: draft('A'), cell: { value: '10', column: 'Rank' } };
    const b = { draft: draft('B'), cell: { value: '2.5', column: 'Rank' } };
    mapRanks([a, b]);
    expect([a.draft.item.rank, b.draft.item.rank]).toEqual([10, 2.5]);
  });

  it('orders ranks beyond 2^53 exactly (Jira writes Long.MAX_VALUE, 9223372036854775807)', () => {
    // As floats 9223372036854775807 and 9223372036854775806 are the same number.
    const a = { draft: draft('A'), cell: { value: '9223372036854775807', column: 'Rank' } };
    const b = { draft: draft('B'), cell: { value: '9223372036854775806', column: 'Rank' } };
    const c = { draft: draft('C'), cell: { value: '5', column: 'Rank' } };
    mapRanks([a, b, c]);
    expect([a, b, c].map((x) => x.draft.item.rank)).toEqual([3, 2, 1]);
  });
});

describe('mapLinks', () => {
  it('reads Blocks by direction, Parent-Child and other link types', () => {
    const header = [
      'Inward issue link (Blocks)',
      'Outward issue link (Blocks)',
      'Outward issue link (Dependency)',
      'Outward issue link (Parent-Child)',
      'Inward issue link (Relates)',
      'Outward issue link (Cloners)',
    ];
    const d = draft('PM-1');
    mapLinks(
      d,
      new Columns(header),
      { row: 2, cells: ['PM-2', 'PM-3', 'PM-4', 'PM-5', 'PM-6', 'PM-7'] },
      header,
    );
    expect(d.item.blockedBy).toEqual(['PM-2', 'PM-4']);
    expect(d.item.blocks).toEqual(['PM-3']);
    expect(d.childKeys).toEqual(['PM-5']);
    expect(d.relatedKeys).toEqual(['PM-6', 'PM-7']);
  });
});
