import type { PlanningRelease } from '@trailmap/core';
import { addDays } from '@trailmap/core/calendar';
import type { LoadedBacklog } from '@trailmap/trackers';
import { UsageError } from '../errors';
import { cadenceDays, type PlanCommandOptions, positive } from './planOptions';

/** A release to plan, with its end date when known. */
export interface ReleaseToPlan {
  release: PlanningRelease;
  end?: string;
}

/**
 * Releases to plan: generated from `--capacity` (with `--releases` and `--cadence` from `today`),
 * else the export/config releases not yet released that have a capacity.
 *
 * @example
 * releasesOf(loaded, { capacity: '20', releases: '2', cadence: '2w' }, '2026-12-01');
 * // => [{ release: { id: 'R1', name: 'Release 1', capacity: 20 }, end: '2026-12-14' }, …]
 */
export function releasesOf(
  loaded: LoadedBacklog,
  options: PlanCommandOptions,
  today: string,
): ReleaseToPlan[] {
  if (options.capacity !== undefined) {
    const capacity = positive(options.capacity, '--capacity');
    const count = Number(options.releases ?? '3');
    if (!Number.isInteger(count) || count < 1 || count > 52) {
      throw new UsageError(`--releases must be a whole number from 1 to 52, got "${options.releases}"`);
    }
    const days = cadenceDays(options.cadence ?? '2w');
    return Array.from({ length: count }, (_, r) => ({
      release: { id: `R${r + 1}`, name: `Release ${r + 1}`, capacity },
      end: addDays(today, days * (r + 1) - 1),
    }));
  }
  const open = loaded.backlog.releases.filter((r) => !r.released && r.capacity !== undefined);
  if (open.length === 0) {
    throw new UsageError(
      'no capacity: pass --capacity <n>, or give unreleased releases a capacity in trailmap.config.json',
    );
  }
  return open.map((r) => ({
    release: { id: r.id, name: r.name, capacity: r.capacity! },
    ...(r.end ? { end: r.end } : {}),
  }));
}
