import { describe, expect, it } from 'vitest';
import { packLanes } from './packLanes';

describe('packLanes', () => {
  it('reuses a lane once its bar has ended, touching bars included', () => {
    expect(
      packLanes([
        { start: 0, end: 5 },
        { start: 2, end: 8 },
        { start: 5, end: 9 },
      ]),
    ).toEqual({
      lanes: [0, 1, 0],
      laneCount: 2,
    });
  });

  it('takes the lowest free lane, keeping bars near the top', () => {
    const { lanes } = packLanes([
      { start: 0, end: 10 },
      { start: 1, end: 3 },
      { start: 2, end: 10 },
      { start: 4, end: 6 },
    ]);
    expect(lanes).toEqual([0, 1, 2, 1]);
  });

  it('needs as many lanes as bars that all overlap', () => {
    expect(packLanes(Array.from({ length: 4 }, () => ({ start: 0, end: 1 }))).laneCount).toBe(4);
  });

  it('handles no bars', () => {
    expect(packLanes([])).toEqual({ lanes: [], laneCount: 0 });
  });
});
