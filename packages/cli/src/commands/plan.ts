import { forecastReleases, planExact, planHeuristic } from '@trailmap/core';
import { createHighsSolver } from '@trailmap/solver-highs';
import type { Command } from 'commander';
import { toUserMessage } from '../toUserMessage';
import { commandStderr } from './commandStderr';
import { callClock, lateNote, type PlanClock, planDeadline } from './planDeadline';
import {
  DEFAULT_TIME_LIMIT,
  declarePlanOptions,
  type PlanCommandOptions,
  parseDiscount,
  positive,
} from './planOptions';
import { preparePlan } from './planPrepare';
import { type PlanReport, renderPlanHtml, renderPlanTable } from './planRender';
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
  // The loaded backlog stays inside preparePlan: only the model and the report's parts come out,
  // so the search (and HiGHS's worker beside it) does not run on top of the whole export.
  const prepared = await preparePlan(file, options, today, discount, clock.now);
  if (!prepared.ok) return prepared.answer;
  const { valid, throughput, byItems, notes } = prepared.prepared;
  let plan: PlanReport['plan'];
  if (options.instant) plan = planHeuristic(valid);
  else {
    // The limit bounds the whole command: what is left after reading and preparing goes to the
    // search and the solver, less a reserve for the plan's own output after them.
    const budget = planDeadline(clock, timeLimit, prepared.readAt);
    if (budget.late) notes.push(lateNote(budget.spent, timeLimit));
    // With no time left the solver never runs, so its worker (and WASM) is not even started.
    const solver = createHighsSolver({ eager: !budget.late });
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
  const forecast = forecastReleases(
    plan.releases.map((r) => ({ id: r.id, name: r.name, work: byItems ? r.items.length : r.cost })),
    { throughput, today },
  );
  const report: PlanReport = {
    ...prepared.prepared.report,
    plan,
    forecast: forecast.ok ? forecast : { ok: false, reason: toUserMessage(forecast.problems) },
  };
  const stderr = commandStderr(notes, report.warnings, options.all === true);
  const stdout =
    options.format === 'json'
      ? `${JSON.stringify(report)}\n`
      : options.format === 'html'
        ? renderPlanHtml(report)
        : renderPlanTable(report);
  return { stdout, stderr, report };
}
