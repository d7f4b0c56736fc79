import { describe, expect, it } from 'vitest';
import { InputProblems } from '../errors/inputProblem';
import { claimRowKey } from './claimRowKey';

const at = { header: 'ID', label: 'issue ID' };

describe('claimRowKey', () => {
  it('returns the key and remembers the row it was first on', () => {
    const seen = new Map<string, number>();
    const problems = new InputProblems('issues.csv');
    expect(claimRowKey({ value: 'A-1', column: 'ID' }, { ...at, row: 2 }, seen, problems)).toBe('A-1');
    expect([...seen]).toEqual([['A-1', 2]]);
    expect(problems.any).toBe(false);
  });

  it('rejects an empty key, naming the key column', () => {
    const problems = new InputProblems('issues.csv');
    expect(claimRowKey(undefined, { ...at, row: 5 }, new Map(), problems)).toBeUndefined();
    expect(problems.list).toMatchObject([
      {
        code: 'missing',
        row: 5,
        column: 'ID',
        message: 'issues.csv: row 5, column "ID": the issue ID is empty',
      },
    ]);
  });

  it('rejects a repeated key, naming the row it was first on', () => {
    const seen = new Map([['A-1', 2]]);
    const problems = new InputProblems('issues.csv');
    expect(
      claimRowKey({ value: 'A-1', column: 'Identifier' }, { ...at, row: 7 }, seen, problems),
    ).toBeUndefined();
    expect(problems.list).toMatchObject([
      {
        code: 'duplicate_id',
        received: 'A-1',
        message:
          'issues.csv: row 7, column "Identifier": duplicate issue ID "A-1" (first on row 2); remove one of the two rows (were two exports joined?) and run again',
      },
    ]);
    expect(seen.get('A-1')).toBe(2);
  });
});
