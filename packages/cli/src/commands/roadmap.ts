import { readFile } from 'node:fs/promises';
import {
  buildRoadmap,
  type ConfigPlacementRule,
  GROUP_FIELDS,
  type GroupField,
  isOpen,
  PlacementRuleSchema,
  type RoadmapHtmlInput,
  type RoadmapView,
  renderRoadmapDocument,
  TIMELINE_BUCKETS,
  type TimelineBucket,
  type WorkItem,
} from '@trailmap/core';
import { type LoadedBacklog, loadBacklog } from '@trailmap/trackers';
import type { Command } from 'commander';
import { z } from 'zod';
import { InputError, inputValue, UsageError } from '../errors';
import { chooseScores, resolveCliFramework } from '../scoring/chooseScores';
import { readScorecards } from '../scoring/readScorecards';
import { writeOutputFile } from '../writeOutputFile';
import { commandStderr } from './commandStderr';
import { forecastForRoadmap } from './roadmapForecast';
import { formatRoadmapSummary } from './roadmapSummary';
import { todayOption } from './todayOption';

/** Options of `trailmap roadmap`, as commander hands them over (strings, unvalidated). */
export interface RoadmapCommandOptions {
  view?: string;
  groupBy?: string;
  bucket?: string;
  out?: string;
  today?: string;
  config?: string;
  framework?: string;
  top?: string;
  level?: string;
  title?: string;
  banner?: string;
  link?: string;
  /** `false` with `--no-forecast`. */
  forecast?: boolean;
  /** A JSON file with the placement rules (replaces the defaults and `--top`). */
  rules?: string;
  /** Print every warning (default: the first few and a count). */
  all?: boolean;
}

/** What `runRoadmap` produced: the summary to print, warnings, and the page it wrote. */
export interface RoadmapRun {
  stdout: string;
  stderr: string;
  outFile: string;
  html: string;
}

/**
 * Registers `trailmap roadmap` on the program.
 *
 * @example
 * registerRoadmap(program); // then: trailmap roadmap backlog.csv --group-by initiative --out roadmap.html
 */
export function registerRoadmap(program: Command): void {
  program
    .command('roadmap')
    .description(
      'Group a backlog into Now / Next / Later and a timeline; print a summary and write an HTML page.',
    )
    .argument('<file>', 'Jira CSV, Linear CSV or Trailmap JSON backlog')
    // Choices are checked in runRoadmap, so a wrong value is one line and exit 2 like any bad input.
    .option('--view <view>', 'what the page shows: now-next-later, timeline or both', 'both')
    .option('-g, --group-by <fields>', `group (nested with commas): ${GROUP_FIELDS.join(', ')}`)
    .option('--bucket <bucket>', `timeline columns: ${TIMELINE_BUCKETS.join(', ')}`, 'month')
    .option('-o, --out <file>', 'where to write the HTML page', 'roadmap.html')
    .option('--today <date>', 'today as YYYY-MM-DD (default: the current UTC date)')
    .option('-c, --config <path>', 'trailmap.config.json (column mapping, releases)')
    .option(
      '-f, --framework <name>',
      "scoring framework or signals that orders items and picks the top N; falls back to signals when the export has none of its inputs (default: the config's framework, else rice)",
    )
    .option('--top <n>', 'items ranked in the top N by score go to Next', '10')
    .option(
      '--rules <file>',
      'JSON list of Now/Next/Later placement rules, tried in order (see docs/roadmap.md)',
    )
    .option(
      '--level <level>',
      'top: epics and standalone items, children rolled up into progress; all: every item',
      'top',
    )
    .option('--no-forecast', 'do not forecast release dates from the team’s throughput')
    .option('--title <text>', 'page title', 'Roadmap')
    .option('--banner <text>', 'a notice beside the title, e.g. "Draft"')
    .option(
      '--link <template>',
      'link items back to the tracker, e.g. https://acme.atlassian.net/browse/{key}',
    )
    .option('--all', 'print every warning (default: the first 10 and a count)')
    .action(async (file: string, options: RoadmapCommandOptions) => {
      const run = await runRoadmap(file, options);
      if (run.stderr) process.stderr.write(run.stderr);
      process.stdout.write(run.stdout);
    });
}

/**
 * Loads the backlog, scores it, groups and lays it out, writes the HTML page and returns the
 * terminal summary. Throws `CliError`s for bad input, before anything is written.
 *
 * @example
 * const run = await runRoadmap('backlog.csv', { today: '2026-11-26', out: 'out/roadmap.html' });
 * process.stdout.write(run.stdout);
 */
export async function runRoadmap(file: string, options: RoadmapCommandOptions): Promise<RoadmapRun> {
  const today = todayOption(options.today, Date.now);
  const view = parseChoice<RoadmapView>('--view', options.view ?? 'both', [
    'now-next-later',
    'timeline',
    'both',
  ]);
  const bucket = parseChoice<TimelineBucket>('--bucket', options.bucket ?? 'month', TIMELINE_BUCKETS);
  const level = parseChoice('--level', options.level ?? 'top', ['top', 'all'] as const);
  const groupBy = parseGroupBy(options.groupBy);
  const topN = parseTop(options.top);
  const rules = options.rules === undefined ? undefined : await readRules(options.rules);
  const itemUrl = parseLink(options.link);
  const loaded = inputValue(await loadBacklog(file, options.config ? { configFile: options.config } : {}));

  // Feedback issues are evidence for ideas, not roadmap items (as in `trailmap score`), and a
  // link between an idea and its feedback is not a dependency to draw or to warn about.
  // Scores still count those links ("blocks N") and rank the open ideas only, so an item scores
  // as `trailmap score` scores it.
  const feedbackIds = new Set(loaded.backlog.feedback.map((f) => f.id));
  const ideas = loaded.backlog.items.filter((i) => !feedbackIds.has(i.key));
  const items = withoutLinksTo(ideas, feedbackIds);
  const chosen = scoreForRoadmap(
    ideas.filter(isOpen),
    options.framework ?? loaded.config?.framework ?? 'rice',
    loaded,
    today,
  );
  const scores = chosen.scores;
  // Throughput history includes done work, so the forecast reads the whole backlog.
  const forecast =
    options.forecast === false
      ? { ok: false as const, reason: 'turned off with --no-forecast' }
      : forecastForRoadmap(loaded.backlog.items, loaded.backlog.releases, today);

  const input: RoadmapHtmlInput = {
    items,
    releases: loaded.backlog.releases,
    today,
    scores,
    releaseForecasts: forecast.ok ? forecast.value.releaseForecasts : undefined,
    view,
    bucket,
    groupBy,
    title: options.title ?? 'Roadmap',
    banner: options.banner,
    itemUrl,
    board: { topN, level, rules },
    timeline: { level },
  };
  const model = buildRoadmap(input);
  if (!model.ok) {
    const [problem] = model.problems;
    throw new UsageError(
      problem.field === 'bucket'
        ? `--bucket cycle: ${problem.message}`
        : `${problem.field}: ${problem.message}`,
    );
  }
  const html = renderRoadmapDocument(model.value, input);
  const outFile = await writeOutputFile(options.out ?? 'roadmap.html', html, {
    what: 'the page',
    remedy: 'choose another --out path',
  });

  const warnings = [
    ...loaded.warnings,
    ...(model.value.board?.warnings ?? model.value.timeline?.warnings ?? []).map((w) => w.message),
  ];
  const summary = formatRoadmapSummary(model.value, {
    today,
    source: file,
    framework: chosen.frameworkId,
    scored: scores.size,
    feedbackSkipped: loaded.backlog.items.length - items.length,
    forecast: forecast.ok ? forecast.value.note : `no release forecast: ${forecast.reason}`,
  });
  const kb = (Buffer.byteLength(html, 'utf8') / 1024).toFixed(0);
  return {
    stdout: `${summary}\nWrote ${outFile} (${kb} KB).\n`,
    stderr: commandStderr(
      [
        ...(loaded.configFile ? [`using config ${loaded.configFile}`] : []),
        ...(chosen.fallbackNote ? [chosen.fallbackNote] : []),
      ],
      warnings,
      options.all === true,
    ),
    outFile,
    html,
  };
}

// Items with the links to `keys` taken out; an item with none of them is kept as it is.
function withoutLinksTo(items: WorkItem[], keys: ReadonlySet<string>): WorkItem[] {
  if (keys.size === 0) return items;
  const kept = (links: readonly string[]) => links.filter((key) => !keys.has(key));
  return items.map((item) =>
    item.blocks.some((key) => keys.has(key)) || item.blockedBy.some((key) => keys.has(key))
      ? { ...item, blocks: kept(item.blocks), blockedBy: kept(item.blockedBy) }
      : item,
  );
}

function parseChoice<T extends string>(flag: string, raw: string, choices: readonly T[]): T {
  const found = choices.find((c) => c === raw);
  if (found === undefined) throw new UsageError(`${flag} must be one of ${choices.join(', ')}, got "${raw}"`);
  return found;
}

function parseGroupBy(raw: string | undefined): GroupField[] {
  if (raw === undefined || raw.trim() === '') return [];
  const fields = raw.split(',').map((f) => f.trim().toLowerCase());
  return fields.map((f) => parseChoice('--group-by', f, GROUP_FIELDS));
}

function parseTop(raw: string | undefined): number {
  const n = Number(raw ?? '10');
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--top must be a whole number ≥ 0, got "${raw}"`);
  return n;
}

function parseLink(template: string | undefined): ((item: WorkItem) => string | undefined) | undefined {
  if (template === undefined) return undefined;
  if (!/^https?:\/\//i.test(template) || !template.includes('{key}')) {
    throw new UsageError(`--link must be an http(s) URL containing {key}, got "${template}"`);
  }
  return (item) => template.replaceAll('{key}', encodeURIComponent(item.key));
}

/**
 * Scores the items as `score` does: the config's scorecards are selectable, and a framework
 * with none of its inputs on the export falls back to signals, so Next is never empty for that.
 */
function scoreForRoadmap(
  items: readonly WorkItem[],
  name: string,
  loaded: LoadedBacklog,
  today: string,
): { scores: Map<string, number>; frameworkId: string; fallbackNote?: string } {
  const scorecards = readScorecards(loaded);
  let framework: ReturnType<typeof resolveCliFramework>;
  try {
    framework = resolveCliFramework(name, scorecards);
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(`--framework: ${error.message}`);
    throw error;
  }
  const chosen = chooseScores(items, framework, { today });
  const scores = new Map<string, number>();
  for (const { key, result } of chosen.scores) if (result.ok) scores.set(key, result.score);
  return {
    scores,
    frameworkId: chosen.frameworkId,
    ...(chosen.fallbackNote ? { fallbackNote: chosen.fallbackNote } : {}),
  };
}

/** Reads and validates a rules file; a bad rule is reported with its index and field. */
async function readRules(file: string): Promise<ConfigPlacementRule[]> {
  const text = await readFile(file, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError({
      file,
      message: `not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    });
  }
  const parsed = z.array(PlacementRuleSchema).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = (issue?.path ?? [])
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('');
    throw new InputError({ file, message: `rules${path}: ${issue?.message ?? 'invalid'}` });
  }
  return parsed.data;
}
