import { describe, expect, it } from 'vitest';
import { mapLinearCanceled, mapLinearStatusCategory, mapStateType } from './status';

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

describe('mapStateType', () => {
  it('maps triage/backlog/unstarted to todo, canceled and duplicate to done+canceled', () => {
    expect(mapStateType('triage')).toEqual({ statusCategory: 'todo', canceled: false });
    expect(mapStateType('started')).toEqual({ statusCategory: 'in_progress', canceled: false });
    expect(mapStateType('completed')).toEqual({ statusCategory: 'done', canceled: false });
    expect(mapStateType('duplicate')).toEqual({ statusCategory: 'done', canceled: true });
    expect(mapStateType('someFutureType')).toEqual({ statusCategory: 'todo', canceled: false });
  });
});
