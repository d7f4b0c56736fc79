import { describe, expect, it } from 'vitest';
import { sidecarPath } from './scoresSidecar';

describe('sidecarPath', () => {
  it('sits beside the export by default', () => {
    expect(sidecarPath('/d/backlog.linear.csv', {})).toBe('/d/backlog.linear.scores.csv');
    expect(sidecarPath('/d/Export Sat Aug 15 2026.CSV', {})).toBe('/d/Export Sat Aug 15 2026.scores.csv');
  });

  it('resolves a configured scores file against the config folder', () => {
    expect(
      sidecarPath('/d/x.csv', { scoresFile: 'scores.csv', configFile: '/cfg/trailmap.config.json' }),
    ).toBe('/cfg/scores.csv');
    expect(sidecarPath('/d/x.csv', { scoresFile: '/abs/s.csv' })).toBe('/abs/s.csv');
    expect(sidecarPath('/d/x.csv', { scoresFile: 's.csv' })).toBe('/d/s.csv');
  });
});
