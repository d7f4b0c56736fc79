import {
  greedyBaseline,
  isOpen,
  type MustHave,
  modelFromBacklog,
  type ValidPlanningModel,
  validatePlanningModel,
  weeklyThroughput,
} from '@trailmap/core';
import { type LoadedBacklog, loadBacklog } from '@trailmap/trackers';
import { InputError, inputValue } from '../errors';
import { type CliFramework, chooseScores, resolveCliFramework } from '../scoring/chooseScores';
import { readScorecards } from '../scoring/readScorecards';
import { commandStderr } from './commandStderr';
import { emptyReport, renderNothingEstimated } from './planNothingEstimated';
import { type PlanCommandOptions, parseTeamCapacity } from './planOptions';
import { releasesOf } from './planReleases';
import type { PlanReport } from './planRender';
import { parentKeys, withMedianSize } from './planSizing';

/**
 * Everything `trailmap plan` needs besides the plan itself: the valid model to search, and the
 * parts of the report that do not depend on the plan (baseline, throughput, titles, costs,
 * warnings). It holds no reference to the loaded backlog, which is most of the process's memory.
 */
export interface PreparedPlan {
  valid: ValidPlanningModel;
  /** The report without `plan` and `forecast`. */
  report: Omit<PlanReport, 'plan' | 'forecast'>;
  /** Completed work per week, in the unit the forecast counts (`byItems`: items, else points). */
  throughput: number[];
  byItems: boolean;
  /** stderr notes (config applied, framework fallback, sizing); the time-limit note follows. */
  notes: string[];
}

/** What `prepare` gives: a model to plan, or the whole answer when nothing is estimated. */
export type Prepared =
  | { ok: true; prepared: PreparedPlan /** When the export was read, on `now`. */; readAt: number }
  | { ok: false; answer: { stdout: string; stderr: string; report: PlanReport } };

/**
 * Loads the export and prepares the plan: scores, releases, must-haves, the planning model and
 * every part of the report that does not depend on the plan, so the work left after the search
 * (and inside `--time-limit`'s reserve) is only the plan's own. Throws `CliError`s for bad input.
 *
 * @example
 * const p = await preparePlan('backlog.csv', { capacity: '20' }, '2026-12-01', 0.05, performance.now);
 * if (p.ok) planHeuristic(p.prepared.valid);
 */
export async function preparePlan(
  file: string,
  options: PlanCommandOptions,
  today: string,
  discount: number,
  now: () => number,
): Promise<Prepared> {
  const loaded = inputValue(await loadBacklog(file, options.config ? { configFile: options.config } : {}));
  const readAt = now();
  const prepared = prepareLoaded(file, loaded, options, today, discount);
  return prepared.ok ? { ...prepared, readAt } : prepared;
}

function prepareLoaded(
  file: string,
  loaded: LoadedBacklog,
  options: PlanCommandOptions,
  today: string,
  discount: number,
): { ok: true; prepared: PreparedPlan } | Extract<Prepared, { ok: false }> {
  const requested = frameworkOf(options.framework ?? loaded.config?.framework ?? 'rice', loaded);
  const feedbackIds = new Set(loaded.backlog.feedback.map((f) => f.id));
  const listed = loaded.backlog.items.filter((i) => !feedbackIds.has(i.key));
  const sized =
    options.defaultSize === 'median' ? withMedianSize(listed) : { items: listed, size: undefined };
  const items = sized.items;
  const open = items.filter(isOpen);
  const chosen = chooseScores(open, requested, { today });
  const values: Record<string, number> = {};
  for (const s of chosen.scores) if (s.result.ok) values[s.key] = s.result.score;
  const teamCapacity = parseTeamCapacity(options.teamCapacity);
  const releases = releasesOf(loaded, options, today).map((r) =>
    teamCapacity ? { ...r, release: { ...r.release, teamCapacity } } : r,
  );
  const planned = new Set(releases.map((r) => r.release.id));
  const mustHaves: Record<string, MustHave> = {};
  if ((options.mustHave ?? 'moscow') === 'moscow') {
    for (const item of items) {
      const moscow = String(item.fields.moscow ?? '').toLowerCase();
      if (!moscow.startsWith('must') && !item.labels.some((l) => l.toLowerCase() === 'must-have')) continue;
      mustHaves[item.key] = item.release && planned.has(item.release) ? { release: item.release } : 'any';
    }
  }
  const built = modelFromBacklog(
    { ...loaded.backlog, items },
    { values, releases: releases.map((r) => r.release), discount, mustHaves },
  );
  const titles: Record<string, string> = {};
  for (const i of items) titles[i.key] = i.title;
  const parents = parentKeys(items);
  const needsEstimate = built.notPlannable
    .filter((n) => n.reason === 'missing_estimate' && !parents.has(n.key))
    .map((n) => n.key);
  const notes = [
    ...(loaded.configFile ? [`using config ${loaded.configFile}`] : []),
    ...(chosen.fallbackNote ? [chosen.fallbackNote] : []),
    ...(sized.size !== undefined
      ? [`${sized.sized} unestimated item(s) sized at the median known estimate, ${fmtNumber(sized.size)}`]
      : []),
  ];
  const all = options.all === true;
  if (built.model.items.length === 0) {
    // Jira Plans skips unestimated work too; the useful answer is which items to estimate.
    const stdout = renderNothingEstimated(file, needsEstimate, titles, loaded.source, all);
    const stderr = commandStderr(notes, loaded.warnings, all);
    return {
      ok: false,
      answer: { stdout, stderr, report: emptyReport(file, chosen.frameworkId, today, needsEstimate, titles) },
    };
  }
  const validation = validatePlanningModel(built.model);
  if (!validation.ok) {
    const more = validation.problems.length > 1 ? ` (and ${validation.problems.length - 1} more)` : '';
    throw new InputError({ file, message: `${validation.problems[0].message}${more}` });
  }
  const valid = validation.model;
  const baseline = greedyBaseline(valid);
  const unit = built.unit ?? 'points';
  const byItems = unit !== 'points';
  const throughput = weeklyThroughput(loaded.backlog.items, { today, unit: byItems ? 'items' : 'points' });
  const costs: Record<string, number> = {};
  for (const i of built.model.items) costs[i.id] = i.cost;
  return {
    ok: true,
    prepared: {
      valid,
      throughput,
      byItems,
      notes,
      report: {
        file,
        framework: frameworkName(chosen.framework),
        frameworkId: chosen.frameworkId,
        ...(chosen.fellBackFrom ? { fellBackFrom: chosen.fellBackFrom } : {}),
        needsEstimate,
        showAll: all,
        discount,
        unit,
        today,
        baseline: {
          value: baseline.value,
          cost: baseline.cost,
          releases: baseline.releases.map((r) => ({ id: r.id, items: r.items })),
        },
        releaseEnds: Object.fromEntries(releases.map((r) => [r.release.id, r.end])),
        titles,
        costs,
        notPlannable: built.notPlannable,
        warnings: [...loaded.warnings, ...built.warnings],
      },
    },
  };
}

function frameworkOf(name: string, loaded: LoadedBacklog): CliFramework {
  return resolveCliFramework(name, readScorecards(loaded));
}

function frameworkName(framework: CliFramework): string {
  if (framework === 'signals') return 'signals (inferred from tracker fields)';
  return typeof framework === 'string' ? framework.toUpperCase() : (framework.label ?? framework.name);
}

function fmtNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
