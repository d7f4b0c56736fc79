import { describe, expect, it } from 'vitest';
import { lateNote, planDeadline } from './planDeadline';

const at = (now: number) => ({ now: () => now, startedAt: 0 });

describe('planDeadline', () => {
  it('keeps 0.3 s, 5 % of the limit and half the modelling time for the work after the search', () => {
    // Read by 3 s, modelled by 4 s: 0.3 + 0.5 + 0.5 s are kept of the 10 s.
    expect(planDeadline(at(4000), 10, 3000)).toEqual({
      deadline: 8700,
      reserve: 1300,
      spent: 4000,
      late: false,
    });
    // The same limit after a modelling phase four times as long leaves the search 1.5 s less.
    expect(planDeadline(at(4000), 10, 0).deadline).toBe(7200);
  });

  it('counts from the start of the command, not of the call', () => {
    expect(planDeadline({ now: () => 1500, startedAt: 1000 }, 5, 1500).deadline).toBe(1000 + 5000 - 550);
  });

  it('is late once reading and modelling used the time the search had', () => {
    // Either way 1.3 s are kept, so the search must be done by 8.7 s.
    expect(planDeadline(at(8600), 10, 7600).late).toBe(false);
    expect(planDeadline(at(8700), 10, 7700).late).toBe(true);
  });
});

describe('lateNote', () => {
  it('names the time spent, the limit, and a limit that leaves time to search', () => {
    expect(lateNote(12_400, 5)).toBe(
      'reading the export and building the model took 12.4 s of the 5 s --time-limit: the plan is one greedy pass, not searched and not solved, and the command ends late. --time-limit 25 leaves time to search',
    );
  });
});
