import { describe, expect, it } from 'vitest';
import { workItem } from './__fixtures__/roadmapFixtures';
import { hiddenAsChild } from './hiddenAsChild';

const items = [
  workItem({ key: 'E' }),
  workItem({ key: 'S', parentKey: 'E' }),
  workItem({ key: 'O', parentKey: 'GONE' }),
  workItem({ key: 'L', parentKey: 'L' }),
];

describe('hiddenAsChild', () => {
  it('hides, at level top, only items whose parent is in the view', () => {
    const hidden = hiddenAsChild(items, 'top');
    expect(items.filter(hidden).map((i) => i.key)).toEqual(['S']);
  });

  it('hides nothing at level all or by default', () => {
    expect(items.filter(hiddenAsChild(items, 'all'))).toEqual([]);
    expect(items.filter(hiddenAsChild(items, undefined))).toEqual([]);
  });
});
