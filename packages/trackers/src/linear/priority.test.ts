import { describe, expect, it } from 'vitest';
import { linearItemPriority, linearPriorityName } from './priority';

describe('linearItemPriority', () => {
  it('keeps names, reads numbers and drops No priority', () => {
    expect(linearItemPriority('Urgent')).toBe('Urgent');
    expect(linearItemPriority('high')).toBe('High');
    expect(linearItemPriority('2')).toBe('High');
    expect(linearItemPriority('No priority')).toBeUndefined();
    expect(linearItemPriority('0')).toBeUndefined();
    expect(linearItemPriority('')).toBeUndefined();
  });
});

describe('linear priority drift', () => {
  it('reads a priority the same from a GraphQL number and from an export cell', () => {
    for (const n of [0, 1, 2, 3, 4]) {
      expect(linearItemPriority(n)).toBe(linearItemPriority(String(n)));
      expect(linearItemPriority(n)).toBe(linearItemPriority(linearPriorityName(n)));
    }
    expect(linearItemPriority(0)).toBeUndefined();
  });
});
