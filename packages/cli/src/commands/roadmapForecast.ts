import {
  type DateSpan,
  forecastReleases,
  isOpen,
  type Release,
  type WorkItem,
  weeklyThroughput,
} from '@trailmap/core';
import { toUserMessage } from '../toUserMessage';

/** Release forecasts for the roadmap, with one line saying where they came from. */
export interface RoadmapForecast {
  /** Per release id: from the release's start (or the previous forecast end) to its P85 finish. */
  releaseForecasts: Map<string, DateSpan>;
  /** For the summary, e.g. "P85 forecast from 26 weeks of throughput (points)". */
  note: string;
}

/**
 * Forecasts when each unreleased release will finish from the team's own throughput (the
 * release planner's Monte Carlo `forecastReleases`, P85), so the timeline can place items that
 * only have a release and flag targets the forecast says will slip. Counts story points when
 * most open items carry them, else items. Returns `undefined` with a reason when the history
 * cannot support a forecast.
 *
 * @example
 * const f = forecastForRoadmap(backlog.items, backlog.releases, '2026-11-26');
 * if (f.ok) f.value.releaseForecasts.get('2026.12'); // => { start: '2026-11-23', end: '2027-01-12' }
 */
export function forecastForRoadmap(
  items: readonly WorkItem[],
  releases: readonly Release[],
  today: string,
): { ok: true; value: RoadmapForecast } | { ok: false; reason: string } {
  const open = items.filter(isOpen);
  const pointed = open.filter((i) => i.estimate?.unit === 'points').length;
  const unit: 'items' | 'points' = pointed * 2 >= open.length && pointed > 0 ? 'points' : 'items';
  const upcoming = releases.filter((r) => !r.released);
  if (upcoming.length === 0) return { ok: false, reason: 'no unreleased releases to forecast' };
  const byRelease = new Map<string, number>(upcoming.map((r) => [r.id, 0]));
  const idOf = new Map<string, string>();
  for (const r of upcoming) {
    idOf.set(r.name, r.id);
    idOf.set(r.id, r.id);
  }
  for (const item of open) {
    const id = item.release === undefined ? undefined : idOf.get(item.release);
    if (id === undefined) continue;
    const work = unit === 'points' ? (item.estimate?.unit === 'points' ? item.estimate.value : 0) : 1;
    byRelease.set(id, (byRelease.get(id) ?? 0) + work);
  }
  const throughput = weeklyThroughput(items, { today, unit });
  const forecast = forecastReleases(
    upcoming.map((r) => ({ id: r.id, name: r.name, work: byRelease.get(r.id) ?? 0 })),
    { throughput, today },
  );
  if (!forecast.ok) return { ok: false, reason: toUserMessage(forecast.problems) };
  const releaseForecasts = new Map<string, DateSpan>();
  let previousEnd: string | undefined;
  for (const [index, f] of forecast.value.releases.entries()) {
    const release = upcoming[index]!;
    if (f.p85 === null) continue;
    // Releases ship in order: work on one starts when it is scheduled, or when the last ends.
    const start = release.start ?? previousEnd ?? today;
    // biome-ignore lint/complexity/useMathMinMax: ISO dates compare as strings; Math.max would turn them into NaN
    releaseForecasts.set(release.id, { start, end: f.p85 < start ? start : f.p85 });
    previousEnd = f.p85;
  }
  return {
    ok: true,
    value: {
      releaseForecasts,
      note: `P85 release forecast from ${forecast.value.weeksOfHistory} weeks of throughput (${unit})${
        forecast.value.thinHistory ? ', rough: thin history' : ''
      }`,
    },
  };
}
