import { describe, expect, it } from 'vitest';
import { workItem } from './__fixtures__/roadmapFixtures';
import { indexChildren } from './indexChildren';

const keys = (items: readonly { key: string }[] | undefined) => items?.map((i) => i.key);

describe('indexChildren', () => {
  it('lists direct children per parent key in input order', () => {
    const children = indexChildren([
      workItem({ key: 'E' }),
      workItem({ key: 'S2', parentKey: 'E' }),
      workItem({ key: 'T', parentKey: 'S2' }),
      workItem({ key: 'S1', parentKey: 'E' }),
    ]);
    expect(keys(children.get('E'))).toEqual(['S2', 'S1']);
    expect(keys(children.get('S2'))).toEqual(['T']);
    expect([...children.keys()]).toEqual(['E', 'S2']);
  });

  it('skips items without a parent and self-parented items, and keeps parents not in the list', () => {
    const children = indexChildren([
      workItem({ key: 'A' }),
      workItem({ key: 'B', parentKey: 'B' }),
      workItem({ key: 'C', parentKey: 'MISSING' }),
    ]);
    expect([...children.keys()]).toEqual(['MISSING']);
  });
});
