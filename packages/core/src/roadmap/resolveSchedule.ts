import type { CalendarDate, WorkItem } from '../model/index';
import type { ReleaseContext } from './releaseContext';
import type { DateSpan } from './types';

/**
 * Where a bar's date came from: the item's own start/target, the planner's item forecast, the
 * planner's forecast for the item's release, the release's own dates, or (level `top`) the
 * dates rolled up from the item's children.
 *
 * @example
 * const s: DateSource = 'forecast';
 */
export type DateSource = 'item' | 'forecast' | 'release-forecast' | 'release' | 'children';

/**
 * An item's place in time, or why it has none.
 *
 * @example
 * const s: Schedule = { kind: 'bar', start: '2026-01-05', end: '2026-01-30', startSource: 'item', endSource: 'forecast' };
 */
export type Schedule =
  | { kind: 'bar'; start: CalendarDate; end: CalendarDate; startSource: DateSource; endSource: DateSource }
  | { kind: 'milestone'; date: CalendarDate; source: DateSource }
  | { kind: 'unscheduled'; reason: 'no-dates' | 'no-target' };

/**
 * Resolves an item's dates: its own start and target first, then — per end, for whichever is
 * missing — the planner's item forecast, its release's forecast, and finally its release's own
 * dates. An item with only an end (or whose start falls after its end) becomes a milestone on
 * that end; an item with only a start, or no dates at all, goes on the unscheduled shelf.
 *
 * @example
 * resolveSchedule({ ...item, targetDate: '2026-03-01' }, { releases }); // => { kind: 'milestone', date: '2026-03-01', source: 'item' }
 */
export function resolveSchedule(
  item: WorkItem,
  options: {
    releases: ReleaseContext;
    forecasts?: ReadonlyMap<string, DateSpan> | undefined;
    releaseForecasts?: ReadonlyMap<string, DateSpan> | undefined;
  },
): Schedule {
  const fallback = fallbackSpan(item, options);
  const start = item.startDate ?? fallback?.span.start;
  const startSource: DateSource = item.startDate !== undefined ? 'item' : (fallback?.source ?? 'item');
  const end = item.targetDate ?? fallback?.span.end;
  const endSource: DateSource = item.targetDate !== undefined ? 'item' : (fallback?.source ?? 'item');
  if (end === undefined)
    return { kind: 'unscheduled', reason: start === undefined ? 'no-dates' : 'no-target' };
  if (start === undefined || start > end) return { kind: 'milestone', date: end, source: endSource };
  return { kind: 'bar', start, end, startSource, endSource };
}

function fallbackSpan(
  item: WorkItem,
  options: {
    releases: ReleaseContext;
    forecasts?: ReadonlyMap<string, DateSpan> | undefined;
    releaseForecasts?: ReadonlyMap<string, DateSpan> | undefined;
  },
):
  | { span: { start?: CalendarDate | undefined; end?: CalendarDate | undefined }; source: DateSource }
  | undefined {
  const own = options.forecasts?.get(item.key);
  if (own) return { span: own, source: 'forecast' };
  const release = options.releases.releaseOf(item);
  if (!release) return undefined;
  const planned = options.releaseForecasts?.get(release.id);
  if (planned) return { span: planned, source: 'release-forecast' };
  if (release.start === undefined && release.end === undefined) return undefined;
  return { span: { start: release.start, end: release.end }, source: 'release' };
}
