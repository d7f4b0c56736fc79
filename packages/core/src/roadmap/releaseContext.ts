import type { CalendarDate, Release, WorkItem } from '../model/index';

/**
 * The releases (or cycles) as a roadmap sees them on a given day.
 *
 * @example
 * const ctx: ReleaseContext = releaseContext(releases, '2026-02-10');
 * ctx.current?.name; // => 'v1.4'
 */
export interface ReleaseContext {
  /** The release whose `start ≤ today ≤ end`, else the first unreleased one that has not ended. */
  current: Release | undefined;
  /** The first unreleased release after `current` in delivery order that has not ended. */
  next: Release | undefined;
  /** Every release, in delivery order. */
  all: readonly Release[];
  /** The release an item is scheduled in, matched by release id first, then by name. */
  releaseOf: (item: WorkItem) => Release | undefined;
}

/**
 * Finds the current and next release for `today`. Releases are taken in the order given
 * (delivery order, as `Backlog.releases` promises).
 *
 * @example
 * const { current, next } = releaseContext(
 *   [{ id: 'r1', name: 'v1', start: '2026-01-01', end: '2026-01-31', released: false },
 *    { id: 'r2', name: 'v2', released: false }],
 *   '2026-01-15',
 * );
 * current?.id; // => 'r1'
 * next?.id; // => 'r2'
 */
export function releaseContext(releases: readonly Release[], today: CalendarDate): ReleaseContext {
  const byId = new Map<string, Release>();
  const byName = new Map<string, Release>();
  for (const release of releases) {
    if (!byId.has(release.id)) byId.set(release.id, release);
    if (!byName.has(release.name)) byName.set(release.name, release);
  }
  // ISO dates compare correctly as strings, which keeps this free of date parsing.
  let currentIndex = releases.findIndex(
    (r) => r.start !== undefined && r.end !== undefined && r.start <= today && today <= r.end,
  );
  // Otherwise the first release still to come: not released, and not ended before today (a
  // sprint or Linear cycle whose end has passed is over, whatever was left in it).
  const upcoming = (r: Release) => !r.released && (r.end === undefined || today <= r.end);
  if (currentIndex < 0) currentIndex = releases.findIndex(upcoming);
  const current = currentIndex >= 0 ? releases[currentIndex] : undefined;
  const next = currentIndex >= 0 ? releases.slice(currentIndex + 1).find(upcoming) : undefined;
  return {
    current,
    next,
    all: releases,
    releaseOf: (item) => {
      if (item.release === undefined) return undefined;
      return byId.get(item.release) ?? byName.get(item.release);
    },
  };
}

/**
 * Whether a done item was delivered in `current`: it is scheduled in that release, or it was
 * completed between the release's start and end.
 *
 * @example
 * doneInRelease({ ...item, statusCategory: 'done', release: 'v1.5' }, v15, ctx.releaseOf); // => true
 */
export function doneInRelease(
  item: WorkItem,
  current: Release,
  releaseOf: (item: WorkItem) => Release | undefined,
): boolean {
  if (releaseOf(item)?.id === current.id) return true;
  const completed = item.completedAt?.slice(0, 10);
  return (
    completed !== undefined &&
    current.start !== undefined &&
    current.end !== undefined &&
    current.start <= completed &&
    completed <= current.end
  );
}
