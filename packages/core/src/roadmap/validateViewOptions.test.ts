import { describe, expect, it } from 'vitest';
import { workItem } from './__fixtures__/roadmapFixtures';
import { validateViewOptions } from './validateViewOptions';

describe('validateViewOptions', () => {
  it('names the end of a dangling link that is missing, from either side of the link', () => {
    const checked = validateViewOptions(
      [
        workItem({ key: 'A-1', blocks: ['X-1'] }),
        workItem({ key: 'B-1', blockedBy: ['Y-1'] }),
        workItem({ key: 'C-1', blocks: ['C-1'] }),
      ],
      { today: '2026-02-10' },
    );
    expect(checked.ok && checked.value.warnings.map((w) => w.message)).toEqual([
      'A-1 blocks X-1, which is not in the backlog; link ignored',
      'B-1 depends on Y-1, which is not in the backlog; link ignored',
      'C-1 depends on itself; link ignored',
    ]);
  });
});
