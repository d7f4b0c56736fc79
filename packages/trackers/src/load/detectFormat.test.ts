import { describe, expect, it } from 'vitest';
import { detectFormat } from './detectFormat';

describe('detectFormat', () => {
  it('recognises JSON by its first character, after a BOM or blank lines', () => {
    expect(detectFormat('\uFEFF\n  {"items":[]}', [])).toBe('json');
    expect(detectFormat('[]', [])).toBe('json');
  });

  it('recognises every Jira layout by its key headers', () => {
    expect(detectFormat('', ['Summary', 'Issue key', 'Issue id'])).toBe('jira-csv');
    expect(detectFormat('', ['Issue Type', 'Issue key', 'Summary'])).toBe('jira-csv');
    expect(detectFormat('', ['Resumen', 'Clave de incidencia'])).toBe('jira-csv');
    // Without `Issue key` it is still Jira, so the user hears about the missing key column.
    expect(detectFormat('', ['Summary', 'Status'])).toBe('jira-csv');
  });

  it('recognises Linear by ID and Title, including the old `Id` spelling', () => {
    expect(detectFormat('', ['ID', 'Team', 'Title'])).toBe('linear-csv');
    expect(detectFormat('', ['Id', 'Title'])).toBe('linear-csv');
  });

  it('gives up on anything else', () => {
    expect(detectFormat('', ['a', 'b'])).toBeUndefined();
    expect(detectFormat('', ['ID', 'Name'])).toBeUndefined();
  });
});
