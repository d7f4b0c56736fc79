import { describe, expect, it } from 'vitest';
import { capacityToTargets } from './capacityToTargets';
import { type FinishedCycle, teamVelocity } from './teamVelocity';

const cycle = (
  n: number,
  completed: number,
  start = `2026-01-${String(n * 2).padStart(2, '0')}`,
): FinishedCycle => ({
  id: `c${n}`,
  number: n,
  name: `Cycle ${n}`,
  startsAt: `${start}T09:00:00.000Z`,
  endsAt: `2026-02-${String(n * 2).padStart(2, '0')}T09:00:00.000Z`,
  completed,
});

describe('teamVelocity', () => {
  it('is the mean completed scope of the newest finished cycles, holiday cycles included', () => {
    const v = teamVelocity([cycle(1, 30), cycle(4, 0), cycle(2, 20), cycle(3, 12)], 3);
    expect(v.sample.map((s) => s.cycleId)).toEqual(['c4', 'c3', 'c2']);
    expect(v.perCycle).toBe(10.7);
    expect(v.cycleDays).toBe(31);
    expect(v.explanation).toBe(
      'Capacity 10.7 points per cycle: mean completed scope of Cycle 4 (0), Cycle 3 (12), Cycle 2 (20).',
    );
  });

  it('has no capacity without history', () => {
    expect(teamVelocity([])).toMatchObject({ perCycle: undefined, cycleDays: undefined, sample: [] });
  });
});

describe('capacityToTargets', () => {
  it('gives each target the rate times the days since the previous one, none for a target already passed', () => {
    expect(
      capacityToTargets(
        [
          { id: 'm1', targetDate: '2026-03-01' },
          { id: 'm2', targetDate: '2026-03-15' },
          { id: 'm3', targetDate: '2026-03-10' },
        ],
        { from: '2026-02-20', perDay: 1.5 },
      ).map((t) => t.capacity),
    ).toEqual([13.5, 21, 0]);
  });

  it('counts calendar days across a DST change (2026-03-08 in New York) as whole days', () => {
    expect(
      capacityToTargets([{ targetDate: '2026-03-09' }], { from: '2026-03-07', perDay: 1 })[0]?.capacity,
    ).toBe(2);
  });
});
