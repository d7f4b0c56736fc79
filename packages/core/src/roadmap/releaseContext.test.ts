import { describe, expect, it } from 'vitest';
import { release } from './__fixtures__/roadmapFixtures';
import { releaseContext } from './releaseContext';

describe('releaseContext', () => {
  it('takes the release whose dates cover today', () => {
    const releases = [
      release({ id: 'c1', start: '2026-01-01', end: '2026-01-14' }),
      release({ id: 'c2', start: '2026-01-15', end: '2026-01-28' }),
      release({ id: 'c3', start: '2026-01-29', end: '2026-02-11' }),
    ];
    const ctx = releaseContext(releases, '2026-01-20');
    expect([ctx.current?.id, ctx.next?.id]).toEqual(['c2', 'c3']);
  });

  it('never makes a cycle that ended before today current, though it was not marked released', () => {
    // A Linear cycle ended months ago with work left in it; a gap before the next one.
    const releases = [
      release({ id: 'old', start: '2025-06-01', end: '2025-06-14' }),
      release({ id: 'soon', start: '2026-03-01', end: '2026-03-14' }),
      release({ id: 'later' }),
    ];
    const ctx = releaseContext(releases, '2026-02-10');
    expect([ctx.current?.id, ctx.next?.id]).toEqual(['soon', 'later']);
    expect(releaseContext(releases.slice(0, 1), '2026-02-10').current).toBeUndefined();
  });

  it('still takes an undated unreleased release when none has dates', () => {
    const ctx = releaseContext(
      [release({ id: 'v1', released: true }), release({ id: 'v2' }), release({ id: 'v3' })],
      '2026-02-10',
    );
    expect([ctx.current?.id, ctx.next?.id]).toEqual(['v2', 'v3']);
  });
});
