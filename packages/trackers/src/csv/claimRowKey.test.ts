import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/inputError';
import { claimRowKey } from './claimRowKey';

const at = { file: 'issues.csv', header: 'ID', label: 'issue ID' };

describe('claimRowKey', () => {
  it('returns the key and remembers the row it was first on', () => {
    const seen = new Map<string, number>();
    expect(claimRowKey({ value: 'A-1', column: 'ID' }, { ...at, row: 2 }, seen)).toBe('A-1');
    expect([...seen]).toEqual([['A-1', 2]]);
  });

  it('rejects an empty key, naming the key column', () => {
    const empty = () => claimRowKey(undefined, { ...at, row: 5 }, new Map());
    expect(empty).toThrow(InputError);
    expect(empty).toThrow('issues.csv: row 5, column "ID": the issue ID is empty');
  });

  it('rejects a repeated key, naming the row it was first on', () => {
    const seen = new Map([['A-1', 2]]);
    expect(() => claimRowKey({ value: 'A-1', column: 'Identifier' }, { ...at, row: 7 }, seen)).toThrow(
      'issues.csv: row 7, column "Identifier": duplicate issue ID "A-1" (first on row 2)',
    );
    expect(seen.get('A-1')).toBe(2);
  });
});
