import { describe, expect, it } from 'vitest';
import {
  mapLinearCanceled,
  mapLinearPriority,
  mapLinearStatusCategory,
  splitIdentifiers,
  splitLinearLabels,
  stripFormulaGuard,
} from './linearValues';

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

describe('mapLinearStatusCategory', () => {
  it('uses the timestamps first', () => {
    expect(mapLinearStatusCategory({ status: 'Whatever', canceled: true })).toBe('done');
    expect(mapLinearStatusCategory({ status: 'Whatever', completed: true })).toBe('done');
    expect(mapLinearStatusCategory({ status: 'Todo', started: true })).toBe('in_progress');
  });

  it('falls back to the status name', () => {
    expect(mapLinearStatusCategory({ status: 'Done' })).toBe('done');
    expect(mapLinearStatusCategory({ status: 'In Review' })).toBe('in_progress');
    expect(mapLinearStatusCategory({ status: 'Backlog' })).toBe('todo');
    expect(mapLinearStatusCategory({ status: 'Triage' })).toBe('todo');
  });
});

describe('mapLinearCanceled', () => {
  it('is true for a Canceled timestamp or a canceled-looking done status', () => {
    expect(mapLinearCanceled({ status: 'Done', category: 'done', canceled: true })).toBe(true);
    expect(mapLinearCanceled({ status: 'Duplicate', category: 'done' })).toBe(true);
    expect(mapLinearCanceled({ status: 'Done', category: 'done' })).toBe(false);
  });
});

describe('mapLinearPriority', () => {
  it('keeps names, reads numbers and drops No priority', () => {
    expect(mapLinearPriority('Urgent')).toBe('Urgent');
    expect(mapLinearPriority('high')).toBe('High');
    expect(mapLinearPriority('2')).toBe('High');
    expect(mapLinearPriority('No priority')).toBeUndefined();
    expect(mapLinearPriority('0')).toBeUndefined();
    expect(mapLinearPriority('')).toBeUndefined();
  });
});
