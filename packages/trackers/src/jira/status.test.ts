import { describe, expect, it } from 'vitest';
import { mapCanceled, mapStatusCategory } from './status';

describe('mapStatusCategory', () => {
  it.each([
    ['To Do', 'todo'],
    ['new', 'todo'],
    ['In Progress', 'in_progress'],
    ['indeterminate', 'in_progress'],
    ['Done', 'done'],
    ['done', 'done'],
  ] as const)('reads the Status Category %s', (category, expected) => {
    expect(mapStatusCategory({ category, status: 'Whatever' })).toBe(expected);
  });

  it('reads localised category names', () => {
    expect(mapStatusCategory({ category: 'En curso', status: 'x' })).toBe('in_progress');
    expect(mapStatusCategory({ category: 'Fertig', status: 'x' })).toBe('done');
    expect(mapStatusCategory({ category: 'À faire', status: 'x' })).toBe('todo');
  });

  it('falls back to Resolution and Resolved when the column is absent', () => {
    expect(mapStatusCategory({ status: 'Open', resolution: 'Fixed' })).toBe('done');
    expect(mapStatusCategory({ status: 'Open', resolved: '2026-01-01T00:00:00Z' })).toBe('done');
    expect(mapStatusCategory({ status: 'Open', resolution: 'Unresolved' })).toBe('todo');
  });

  it('falls back to the status name last', () => {
    expect(mapStatusCategory({ status: 'Closed' })).toBe('done');
    expect(mapStatusCategory({ status: 'In Review' })).toBe('in_progress');
    expect(mapStatusCategory({ status: 'QA' })).toBe('in_progress');
    expect(mapStatusCategory({ status: 'Backlog' })).toBe('todo');
  });
});

describe('mapCanceled', () => {
  it.each(["Won't Do", 'Won’t Fix', 'Duplicate', 'Cannot Reproduce', 'Declined', 'Obsolete'])(
    'a done item resolved %s was not delivered',
    (resolution) => {
      expect(mapCanceled({ category: 'done', resolution })).toBe(true);
    },
  );

  it('a done item resolved Done or Fixed was delivered', () => {
    expect(mapCanceled({ category: 'done', resolution: 'Done', status: 'Done' })).toBe(false);
    expect(mapCanceled({ category: 'done', resolution: 'Fixed', status: 'Closed' })).toBe(false);
  });

  it('reads a canceled status name when there is no resolution', () => {
    expect(mapCanceled({ category: 'done', status: 'Cancelled' })).toBe(true);
  });

  it('never cancels an open item', () => {
    expect(mapCanceled({ category: 'todo', resolution: 'Duplicate' })).toBe(false);
  });
});
