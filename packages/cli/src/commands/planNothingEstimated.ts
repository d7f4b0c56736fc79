import { planHeuristic, validatePlanningModel } from '@trailmap/core';
import type { LoadedBacklog } from '@trailmap/trackers';
import { type PlanReport, SUMMARY_ROWS } from './planRender';

/**
 * The answer when no open item has an estimate: which items to estimate and in which field (Jira
 * Plans skips unestimated work too), summarised unless `all`.
 *
 * @example
 * renderNothingEstimated('x.csv', ['A-1'], { 'A-1': 'Login' }, 'jira', false);
 * // => 'Nothing to plan in x.csv yet: no open item has an estimate.\nFill Story Points …'
 */
export function renderNothingEstimated(
  file: string,
  keys: readonly string[],
  titles: Record<string, string>,
  source: LoadedBacklog['source'],
  all: boolean,
): string {
  const field =
    source === 'linear'
      ? 'Estimate'
      : source === 'jira'
        ? 'Story Points (or Story point estimate / Original estimate)'
        : 'estimate';
  // With no open item at all there is nothing to estimate: an empty "these items" list would
  // send the user to fill a field on nothing.
  if (keys.length === 0) {
    return `Nothing to plan in ${file}: it has no open items (the export is empty, or every item is done or canceled).\nExport the open issues (e.g. a filter on status category To Do and In Progress) and run again.\n`;
  }
  const shown = all ? keys : keys.slice(0, SUMMARY_ROWS);
  const lines = [
    `Nothing to plan in ${file} yet: no open item has an estimate.`,
    `Fill ${field} on these items, or run again with --default-size median once a few are estimated.`,
    '',
    `Needs an estimate (${keys.length}):`,
    ...shown.map((k) => `  ${k}  ${titles[k] ?? ''}`),
  ];
  if (shown.length < keys.length)
    lines.push(`  … and ${keys.length - shown.length} more (--all lists every item)`);
  return `${lines.join('\n')}\n`;
}

/**
 * The report of a plan with nothing in it (no release, no value), so `--format json` still has
 * its shape when nothing is estimated.
 *
 * @example
 * emptyReport('x.csv', 'rice', '2026-12-01', ['A-1'], { 'A-1': 'Login' }).plan.releases; // => []
 */
export function emptyReport(
  file: string,
  frameworkId: string,
  today: string,
  needsEstimate: string[],
  titles: Record<string, string>,
): PlanReport {
  const empty = validatePlanningModel({
    items: [],
    releases: [{ id: 'none', name: 'none', capacity: 0 }],
    customers: [],
  });
  if (!empty.ok) throw new Error('an empty planning model must be valid');
  const plan = { ...planHeuristic(empty.model), releases: [] };
  return {
    file,
    framework: frameworkId,
    frameworkId,
    needsEstimate,
    showAll: false,
    discount: 0,
    unit: 'points',
    today,
    plan,
    baseline: { value: 0, cost: 0, releases: [] },
    releaseEnds: {},
    titles,
    costs: {},
    notPlannable: [],
    forecast: { ok: false, reason: 'nothing is estimated' },
    warnings: [],
  };
}
