import type { WorkItem } from '../model/index';
import { assessRisks, type RiskOptions } from './assessRisks';
import type { Dependency } from './dependencies';
import { type ProgressOptions, rollupProgress } from './rollupProgress';
import type { Progress, RiskFlag } from './types';

/**
 * The view options that decide an item's progress and risk flags; `groupRoadmap` and
 * `layoutTimeline` options both have these fields.
 *
 * @example
 * const o: ViewAnnotationOptions = { today: '2026-02-10', progress: { by: 'points' } };
 */
export type ViewAnnotationOptions = Pick<
  RiskOptions,
  'today' | 'releases' | 'forecasts' | 'releaseForecasts'
> & {
  progress?: ProgressOptions | undefined;
};

/**
 * Delivery progress and risk flags per item key, as the board and the timeline show them on
 * each card or bar. One function so the two views can never flag the same backlog differently.
 * `dependencies` are the ones `validateViewOptions` already collected, to skip a second pass.
 *
 * @example
 * const { progress, risks } = annotateView(items, { today: '2026-02-10' }, checked.value.dependencies);
 * risks.get('PM-1')?.[0]?.code; // => 'overdue' when PM-1's open target is before today
 */
export function annotateView(
  items: readonly WorkItem[],
  options: ViewAnnotationOptions,
  dependencies: readonly Dependency[],
): { progress: Map<string, Progress>; risks: Map<string, RiskFlag[]> } {
  return {
    progress: rollupProgress(items, options.progress),
    risks: assessRisks(items, {
      today: options.today,
      releases: options.releases,
      forecasts: options.forecasts,
      releaseForecasts: options.releaseForecasts,
      dependencies,
    }),
  };
}
