import {
  type EstimateUnit,
  forecastReleases,
  greedyBaseline,
  type MustHave,
  modelFromBacklog,
  type PlanningRelease,
  planExact,
  planHeuristic,
  ScorecardSchema,
  validatePlanningModel,
  type WorkItem,
  weeklyThroughput,
} from '@trailmap/core';
import { addDays } from '@trailmap/core/calendar';
import { createHighsSolver } from '@trailmap/solver-highs';
import { type LoadedBacklog, loadBacklog } from '@trailmap/trackers';
import { type Command, Option } from 'commander';
import { InputError, UsageError } from '../errors';
import { type CliFramework, chooseScores, resolveCliFramework } from '../scoring/chooseScores';
import { toUserMessage } from '../toUserMessage';
import { type PlanReport, renderPlanHtml, renderPlanTable } from './planRender';
import { todayOption } from './todayOption';

/** Options of `trailmap plan`, as commander hands them over. */
export interface PlanCommandOptions {
  capacity?: string;
  releases?: string;
  cadence?: string;
  format?: 'table' | 'json' | 'html';
  config?: string;
  framework?: string;
  timeLimit?: string;
  instant?: boolean;
  today?: string;
  discount?: string;
  mustHave?: string;
  teamCapacity?: string;
  defaultSize?: string;
  all?: boolean;
}

/**
 * The clock `--time-limit` is measured on: milliseconds `now()`, and when the command started on
 * it. The CLI passes 0 on `performance.now()` (the process start, so loading the code counts);
 * tests pass a fake clock.
 */
export interface PlanClock {
  now: () => number;
  startedAt: number;
}

/**
 * Registers `trailmap plan`.
 *
 * @example
 * registerPlan(new Command()); // then: trailmap plan backlog.csv --capacity 20 --releases 3
 */
export function registerPlan(program: Command, clock?: PlanClock): void {
  program
    .command('plan')
    .description(
      'Plan releases that pack the most value under capacity, with reasons, gap, baseline and forecast.',
    )
    .argument('<file>', 'Jira CSV, Linear CSV or Trailmap JSON backlog')
    .option(
      '--capacity <n>',
      'capacity per release in the estimate unit (default: the export/config releases)',
    )
    .option('--releases <k>', 'number of releases to plan when --capacity is given', '3')
    .option('--cadence <period>', 'release length when --capacity is given, e.g. 2w or 10d', '2w')
    .addOption(
      new Option('--format <format>', 'output format').choices(['table', 'json', 'html']).default('table'),
    )
    .option('-c, --config <path>', 'trailmap.config.json (releases, scorecards, column mapping)')
    .option(
      '-f, --framework <name>',
      "value source: a scoring framework, signals or a config scorecard (default: the config's framework, else rice)",
    )
    .option(
      '--time-limit <s>',
      'seconds for the whole command (reading the export, search and exact solver); the best plan found in time is kept',
      '10',
    )
    .option('--instant', 'heuristic plan only (no MIP), answers at once')
    .option('--today <date>', 'forecast start date YYYY-MM-DD (default: the current UTC date)')
    .option(
      '--discount <d>',
      'per-release discount on value in [0, 1): earlier delivery is worth more (0 = order within the horizon does not matter)',
      '0.05',
    )
    .addOption(
      new Option(
        '--must-have <rule>',
        'must-haves: "moscow" = MoSCoW Must or label must-have (pinned to their fix version when it is planned), "none"',
      )
        .choices(['moscow', 'none'])
        .default('moscow'),
    )
    .option('--team-capacity <list>', 'capacity per team in every release, e.g. "Inbox=20,Platform=15"')
    .addOption(
      new Option(
        '--default-size <rule>',
        'size unestimated items instead of listing them as "needs an estimate": median = the median of the known estimates',
      ).choices(['median']),
    )
    .option('--all', 'list every deferred and unestimated item and every warning (default: a summary)')
    .action(async (file: string, options: PlanCommandOptions) => {
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
  clock: PlanClock = { now: () => performance.now(), startedAt: performance.now() },
): Promise<{ stdout: string; stderr: string; report: PlanReport }> {
  const today = todayOption(options.today, Date.now);
  const timeLimit = positive(options.timeLimit ?? '10', '--time-limit');
  const discount = Number(options.discount ?? '0.05');
  if (!(discount >= 0 && discount < 1))
    throw new UsageError(`--discount must be in [0, 1), got "${options.discount}"`);
  const loaded = await loadBacklog(file, options.config ? { configFile: options.config } : {});
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
    const stderr = [...notes, ...summariseWarnings(loaded.warnings, options.all === true)]
      .map((line) => `trailmap: ${line}\n`)
      .join('');
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
    const solver = createHighsSolver();
    // The limit bounds the whole command: what is left after reading and modelling goes to the
    // search and the solver, less a reserve for the baseline, forecast and output after them.
    const reserve = 500 + 50 * timeLimit;
    try {
      plan = await planExact(valid, solver, {
        timeLimitSeconds: timeLimit,
        now: clock.now,
        deadline: clock.startedAt + timeLimit * 1000 - reserve,
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
  const stderr = [...notes, ...summariseWarnings(report.warnings, options.all === true)]
    .map((line) => `trailmap: ${line}\n`)
    .join('');
  const stdout =
    options.format === 'json'
      ? `${JSON.stringify(report)}\n`
      : options.format === 'html'
        ? renderPlanHtml(report)
        : renderPlanTable(report);
  return { stdout, stderr, report };
}

/** Releases to plan: generated from --capacity, or the export/config releases not yet released. */
function releasesOf(
  loaded: LoadedBacklog,
  options: PlanCommandOptions,
  today: string,
): { release: PlanningRelease; end?: string }[] {
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

function parseTeamCapacity(text: string | undefined): Record<string, number> | undefined {
  if (text === undefined) return undefined;
  const entries = text.split(',').map((part) => {
    const m = /^\s*([^=]+?)\s*=\s*([\d.]+)\s*$/.exec(part);
    const n = m ? Number(m[2]) : Number.NaN;
    if (!m || !(n >= 0))
      throw new UsageError(`--team-capacity must look like "Inbox=20,Platform=15", got "${text}"`);
    return [m[1]!, n] as const;
  });
  return Object.fromEntries(entries);
}

function cadenceDays(text: string): number {
  const m = /^(\d+)\s*([dw])$/i.exec(text.trim());
  const n = m ? Number(m[1]) * (m[2]!.toLowerCase() === 'w' ? 7 : 1) : Number.NaN;
  if (!(n >= 1 && n <= 366)) throw new UsageError(`--cadence must look like 2w or 10d, got "${text}"`);
  return n;
}

function positive(text: string, flag: string): number {
  const n = Number(text);
  if (!(Number.isFinite(n) && n > 0)) throw new UsageError(`${flag} must be a number > 0, got "${text}"`);
  return n;
}

function frameworkOf(name: string, loaded: LoadedBacklog): CliFramework {
  const scorecards = (loaded.config?.scorecards ?? []).flatMap((entry) => {
    const parsed = ScorecardSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
  return resolveCliFramework(name, scorecards);
}

function frameworkName(framework: CliFramework): string {
  if (framework === 'signals') return 'signals (inferred from tracker fields)';
  return typeof framework === 'string' ? framework.toUpperCase() : (framework.label ?? framework.name);
}

// Keys that some item names as its parent, so "has children" is one lookup, not a scan per item.
function parentKeys(items: readonly WorkItem[]): Set<string> {
  const keys = new Set<string>();
  for (const i of items) if (i.parentKey) keys.add(i.parentKey);
  return keys;
}

const WARNING_ROWS = 10;

// A 50k-issue export can raise thousands of per-item warnings; the first few and a count say
// enough unless --all asks for every one.
function summariseWarnings(warnings: readonly string[], all: boolean): string[] {
  const shown = all ? warnings : warnings.slice(0, WARNING_ROWS);
  const lines = shown.map((w) => `warning: ${w}`);
  if (shown.length < warnings.length)
    lines.push(`… and ${warnings.length - shown.length} more warnings (--all prints every one)`);
  return lines;
}

function fmtNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/**
 * Gives each open, unestimated leaf item the median of the known estimates in the dominant
 * unit, so `--default-size median` can plan a backlog most teams never fully estimate.
 */
function withMedianSize(items: readonly WorkItem[]): { items: WorkItem[]; size?: number; sized?: number } {
  const estimates = items.flatMap((i) => (i.estimate ? [i.estimate] : []));
  const counts = new Map<string, number>();
  for (const e of estimates) counts.set(e.unit, (counts.get(e.unit) ?? 0) + 1);
  const unit = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] as EstimateUnit | undefined;
  if (!unit) return { items: [...items] };
  const values = estimates.filter((e) => e.unit === unit).map((e) => e.value);
  values.sort((a, b) => a - b);
  const mid = Math.floor(values.length / 2);
  const size = values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
  let sized = 0;
  const parents = parentKeys(items);
  const out = items.map((i) => {
    if (i.estimate || i.statusCategory === 'done' || i.canceled || parents.has(i.key)) return i;
    sized++;
    return { ...i, estimate: { value: size, unit } };
  });
  return { items: out, size, sized };
}

const SUMMARY_ROWS = 20;

function renderNothingEstimated(
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

function emptyReport(
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
