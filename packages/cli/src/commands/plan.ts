import {
  forecastReleases,
  greedyBaseline,
  type MustHave,
  modelFromBacklog,
  planExact,
  planHeuristic,
  validatePlanningModel,
  weeklyThroughput,
} from '@trailmap/core';
import { createHighsSolver } from '@trailmap/solver-highs';
import { type LoadedBacklog, loadBacklog } from '@trailmap/trackers';
import type { Command } from 'commander';
import { InputError, inputValue } from '../errors';
import { type CliFramework, chooseScores, resolveCliFramework } from '../scoring/chooseScores';
import { readScorecards } from '../scoring/readScorecards';
import { toUserMessage } from '../toUserMessage';
import { callClock, lateNote, type PlanClock, planDeadline } from './planDeadline';
import { emptyReport, renderNothingEstimated } from './planNothingEstimated';
import {
  DEFAULT_TIME_LIMIT,
  declarePlanOptions,
  type PlanCommandOptions,
  parseDiscount,
  parseTeamCapacity,
  positive,
} from './planOptions';
import { releasesOf } from './planReleases';
import { type PlanReport, renderPlanHtml, renderPlanTable } from './planRender';
import { parentKeys, withMedianSize } from './planSizing';
import { planStderr } from './planStderr';
import { todayOption } from './todayOption';

/**
 * Registers `trailmap plan`.
 *
 * @example
 * registerPlan(new Command()); // then: trailmap plan backlog.csv --capacity 20 --releases 3
 */
export function registerPlan(program: Command, clock?: PlanClock): void {
  declarePlanOptions(
    program
      .command('plan')
      .description(
        'Plan releases that pack the most value under capacity, with reasons, gap, baseline and forecast.',
      ),
  ).action(async (file: string, options: PlanCommandOptions) => {
    const output = await runPlan(file, options, clock);
    process.stdout.write(output.stdout);
    if (output.stderr) process.stderr.write(output.stderr);
  });
}

/**
 * Loads, scores, plans, forecasts and renders; returns the text to print. Throws `CliError`s for
 * bad input.
 *
 * @example
 * (await runPlan('backlog.csv', { capacity: '20', format: 'json', instant: true })).stdout;
 */
export async function runPlan(
  file: string,
  options: PlanCommandOptions,
  clock: PlanClock = callClock(),
): Promise<{ stdout: string; stderr: string; report: PlanReport }> {
  const today = todayOption(options.today, Date.now);
  const timeLimit = positive(options.timeLimit ?? DEFAULT_TIME_LIMIT, '--time-limit');
  const discount = parseDiscount(options.discount);
  const loaded = inputValue(await loadBacklog(file, options.config ? { configFile: options.config } : {}));
  const readAt = clock.now();
  const requested = frameworkOf(options.framework ?? loaded.config?.framework ?? 'rice', loaded);
  const feedbackIds = new Set(loaded.backlog.feedback.map((f) => f.id));
  const listed = loaded.backlog.items.filter((i) => !feedbackIds.has(i.key));
  const sized =
    options.defaultSize === 'median' ? withMedianSize(listed) : { items: listed, size: undefined };
  const items = sized.items;
  const open = items.filter((i) => i.statusCategory !== 'done' && !i.canceled);
  const chosen = chooseScores(open, requested, { today });
  const framework = chosen.framework;
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
  const titles = Object.fromEntries(items.map((i) => [i.key, i.title]));
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
  if (built.model.items.length === 0) {
    // Jira Plans skips unestimated work too; the useful answer is which items to estimate.
    const stdout = renderNothingEstimated(file, needsEstimate, titles, loaded.source, options.all === true);
    const stderr = planStderr(notes, loaded.warnings, options.all === true);
    return { stdout, stderr, report: emptyReport(file, chosen.frameworkId, today, needsEstimate, titles) };
  }
  const validation = validatePlanningModel(built.model);
  if (!validation.ok) {
    const more = validation.problems.length > 1 ? ` (and ${validation.problems.length - 1} more)` : '';
    throw new InputError({ file, message: `${validation.problems[0].message}${more}` });
  }
  const valid = validation.model;
  let plan: PlanReport['plan'];
  if (options.instant) plan = planHeuristic(valid);
  else {
    // The limit bounds the whole command: what is left after reading and modelling goes to the
    // search and the solver, less a reserve for the baseline, forecast and output after them.
    const budget = planDeadline(clock, timeLimit, readAt);
    if (budget.late) notes.push(lateNote(budget.spent, timeLimit));
    // With no time left the solver never runs, so its worker (and WASM) is not even started.
    const solver = createHighsSolver({ eager: !budget.late, graceSeconds: 0.5 });
    try {
      plan = await planExact(valid, solver, {
        timeLimitSeconds: timeLimit,
        now: clock.now,
        deadline: budget.deadline,
      });
    } finally {
      await solver.close();
    }
  }
  const baseline = greedyBaseline(valid);
  const unit = built.unit ?? 'points';
  const byItems = unit !== 'points';
  const throughput = weeklyThroughput(loaded.backlog.items, { today, unit: byItems ? 'items' : 'points' });
  const forecast = forecastReleases(
    plan.releases.map((r) => ({ id: r.id, name: r.name, work: byItems ? r.items.length : r.cost })),
    { throughput, today },
  );
  const report: PlanReport = {
    file,
    framework: frameworkName(framework),
    frameworkId: chosen.frameworkId,
    ...(chosen.fellBackFrom ? { fellBackFrom: chosen.fellBackFrom } : {}),
    needsEstimate,
    showAll: options.all === true,
    discount,
    unit,
    today,
    plan,
    baseline: {
      value: baseline.value,
      cost: baseline.cost,
      releases: baseline.releases.map((r) => ({ id: r.id, items: r.items })),
    },
    releaseEnds: Object.fromEntries(releases.map((r) => [r.release.id, r.end])),
    titles,
    costs: Object.fromEntries(built.model.items.map((i) => [i.id, i.cost])),
    notPlannable: built.notPlannable,
    forecast: forecast.ok ? forecast : { ok: false, reason: toUserMessage(forecast.problems) },
    warnings: [...loaded.warnings, ...built.warnings],
  };
  const stderr = planStderr(notes, report.warnings, options.all === true);
  const stdout =
    options.format === 'json'
      ? `${JSON.stringify(report)}\n`
      : options.format === 'html'
        ? renderPlanHtml(report)
        : renderPlanTable(report);
  return { stdout, stderr, report };
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
