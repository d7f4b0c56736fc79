import { describe, expect, it } from 'vitest';
import { splitIdentifiers, splitLinearLabels, stripFormulaGuard } from './linearValues';

describe('stripFormulaGuard', () => {
  it('removes the guard only before a formula character', () => {
    expect(stripFormulaGuard("'- [X] done")).toBe('- [X] done');
    expect(stripFormulaGuard("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(stripFormulaGuard("'+1 for this")).toBe('+1 for this');
    expect(stripFormulaGuard("'@here")).toBe('@here');
    expect(stripFormulaGuard("'≥ 3 seats")).toBe('≥ 3 seats');
    expect(stripFormulaGuard("'quoted'")).toBe("'quoted'");
    expect(stripFormulaGuard('plain')).toBe('plain');
  });
});

describe('splitLinearLabels', () => {
  it('splits on comma-space like Linear does', () => {
    expect(splitLinearLabels('V1, ✨ Nice-to-have')).toEqual(['V1', '✨ Nice-to-have']);
    expect(splitLinearLabels('Bug, Feature, Improvement')).toEqual(['Bug', 'Feature', 'Improvement']);
    expect(splitLinearLabels('')).toEqual([]);
  });
});

describe('splitIdentifiers', () => {
  it('splits comma-separated identifiers', () => {
    expect(splitIdentifiers('ENG-1, ENG-2,ENG-3')).toEqual(['ENG-1', 'ENG-2', 'ENG-3']);
    expect(splitIdentifiers('')).toEqual([]);
  });
});
