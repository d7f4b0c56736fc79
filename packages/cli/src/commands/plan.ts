import {
  type Framework,
  forecastReleases,
  greedyBaseline,
  type MustHave,
  modelFromBacklog,
  type PlanningRelease,
  planExact,
  planHeuristic,
  resolveFramework,
  ScorecardSchema,
  scoreItems,
  validatePlanningModel,
  weeklyThroughput,
} from '@trailmap/core';
import { createHighsSolver } from '@trailmap/solver-highs';
import { type LoadedBacklog, loadBacklog } from '@trailmap/trackers';
import { type Command, Option } from 'commander';
import { addDays, format as formatDate } from 'date-fns';
import { CliError, InputError, UsageError } from '../errors';
import { type PlanReport, renderPlanHtml, renderPlanTable } from './planRender';

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
}

/**
 * Registers `trailmap plan`.
 *
 * @example
 * registerPlan(new Command()); // then: trailmap plan backlog.csv --capacity 20 --releases 3
 */
export function registerPlan(program: Command): void {
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
    .option('-f, --framework <name>', 'value source: a scoring framework or config scorecard', 'rice')
    .option('--time-limit <s>', 'seconds for the exact solver; the best plan found is kept', '10')
    .option('--instant', 'heuristic plan only (no MIP), answers at once')
    .option('--today <date>', 'forecast start date YYYY-MM-DD (default: today)')
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
    .action(async (file: string, options: PlanCommandOptions) => {
      const output = await runPlan(file, options);
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
): Promise<{ stdout: string; stderr: string; report: PlanReport }> {
  const today = options.today ?? formatDate(new Date(), 'yyyy-MM-dd');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today))) {
    throw new UsageError(`--today must be a date YYYY-MM-DD, got "${today}"`);
  }
  const timeLimit = positive(options.timeLimit ?? '10', '--time-limit');
  const discount = Number(options.discount ?? '0.05');
  if (!(discount >= 0 && discount < 1))
    throw new UsageError(`--discount must be in [0, 1), got "${options.discount}"`);
  const loaded = await loadBacklog(file, options.config ? { configFile: options.config } : {});
  const framework = frameworkOf(options.framework ?? 'rice', loaded);
  const feedbackIds = new Set(loaded.backlog.feedback.map((f) => f.id));
  const items = loaded.backlog.items.filter((i) => !feedbackIds.has(i.key));
  const values: Record<string, number> = {};
  for (const s of scoreItems(items, framework)) if (s.result.ok) values[s.key] = s.result.score;
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
  if (built.model.items.length === 0) {
    throw new CliError(
      `${file}: nothing to plan: no open item has both an estimate and a ${frameworkName(framework)} score`,
    );
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
    try {
      plan = await planExact(valid, solver, { timeLimitSeconds: timeLimit });
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
    titles: Object.fromEntries(items.map((i) => [i.key, i.title])),
    costs: Object.fromEntries(built.model.items.map((i) => [i.id, i.cost])),
    notPlannable: built.notPlannable,
    forecast: forecast.ok ? forecast : { ok: false, reason: forecast.problems[0].message },
    warnings: [...loaded.warnings, ...built.warnings],
  };
  const stderr = report.warnings.map((w) => `trailmap: warning: ${w}\n`).join('');
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
    const start = new Date(`${today}T00:00:00Z`);
    return Array.from({ length: count }, (_, r) => ({
      release: { id: `R${r + 1}`, name: `Release ${r + 1}`, capacity },
      end: addDays(start, days * (r + 1) - 1)
        .toISOString()
        .slice(0, 10),
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

function frameworkOf(name: string, loaded: LoadedBacklog): Framework {
  const scorecards = (loaded.config?.scorecards ?? []).flatMap((entry) => {
    const parsed = ScorecardSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
  const resolved = resolveFramework(name, scorecards);
  if (!resolved.ok) throw new UsageError(resolved.problems[0].message);
  return resolved.value;
}

function frameworkName(framework: Framework): string {
  return typeof framework === 'string' ? framework.toUpperCase() : (framework.label ?? framework.name);
}
