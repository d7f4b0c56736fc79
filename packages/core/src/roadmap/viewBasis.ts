import type { Result, WorkItem } from '../model/index';
import { annotateView, type ViewAnnotationOptions } from './annotateView';
import type { Dependency } from './dependencies';
import type { GroupField, Progress, RiskFlag, RoadmapWarning } from './types';
import { validateViewOptions } from './validateViewOptions';

/**
 * What every roadmap view works out from the whole backlog before placing anything: the checked
 * group fields, warnings and dependencies (`validateViewOptions`) and each item's progress and
 * risk flags (`annotateView`). `buildRoadmap` works it out once and hands it to the board and to
 * each timeline layout, which read it and never change it; on a 50k-issue export each pass over
 * the backlog costs tenths of a second.
 *
 * @example
 * const basis = viewBasis(items, { today: '2026-02-10', groupBy: 'initiative' });
 * if (basis.ok) groupRoadmap(items, { today: '2026-02-10', groupBy: 'initiative' }, basis.value);
 */
export interface ViewBasis {
  groupBy: GroupField[];
  warnings: RoadmapWarning[];
  dependencies: Dependency[];
  progress: Map<string, Progress>;
  risks: Map<string, RiskFlag[]>;
}

/**
 * Checks the options every view shares and annotates the items; see {@link ViewBasis}.
 *
 * @example
 * viewBasis(items, { today: '2026-13-01' }).ok; // => false
 */
export function viewBasis(
  items: readonly WorkItem[],
  options: ViewAnnotationOptions & { groupBy?: GroupField | readonly GroupField[] | undefined },
): Result<ViewBasis> {
  const checked = validateViewOptions(items, options);
  if (!checked.ok) return checked;
  return {
    ok: true,
    value: { ...checked.value, ...annotateView(items, options, checked.value.dependencies) },
  };
}
