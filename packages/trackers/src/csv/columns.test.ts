import { describe, expect, it } from 'vitest';
import { Columns, normalizeHeader } from './columns';

describe('normalizeHeader', () => {
  it('ignores case, spacing and a BOM', () => {
    expect(normalizeHeader('\uFEFF  Issue   Key ')).toBe('issue key');
  });

  it('reads Spanish Jira headers as English', () => {
    expect(normalizeHeader('Clave de incidencia')).toBe('issue key');
    expect(normalizeHeader('Campo personalizado (Reach)')).toBe('custom field (reach)');
  });
});

describe('Columns', () => {
  const cols = new Columns(['Summary', 'Labels', 'issue KEY', 'Labels', 'Fix Version/s']);
  const row = { row: 2, cells: ['Title', ' ux ', 'PM-1', '', 'v1'] };

  it('finds a column by name whatever its position or case', () => {
    expect(cols.first(row, ['Issue key'])).toEqual({ value: 'PM-1', column: 'issue KEY' });
  });

  it('returns every non-empty value of a repeated header, trimmed', () => {
    expect(cols.all(row, ['labels'])).toEqual([{ value: 'ux', column: 'Labels' }]);
  });

  it('tries names in the order given', () => {
    expect(cols.first(row, ['Fix versions', 'Fix Version/s'])?.value).toBe('v1');
    expect(cols.indices(['Fix Version/s', 'Summary'])).toEqual([4, 0]);
  });

  it('reports absent columns', () => {
    expect(cols.has(['Due date'])).toBe(false);
    expect(cols.first(row, ['Due date'])).toBeUndefined();
    expect(cols.headerOf(['Due date'])).toBeUndefined();
  });

  it('treats cells missing from a short row as empty', () => {
    expect(cols.first({ row: 3, cells: ['x'] }, ['Labels'])).toBeUndefined();
  });

  it('lists matching headers once each', () => {
    expect(cols.matching((h) => h === 'labels')).toEqual(['Labels']);
  });
});
