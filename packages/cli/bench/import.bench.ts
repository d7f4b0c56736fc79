// `pnpm bench import`: the scale goals of issue 11. Generates a 50 MB, ~50,000-issue Jira Cloud
// all-fields CSV export (generateJiraExport: the real column layout, repeated multi-value
// columns, multi-line descriptions, links) in a temp folder, then runs the real `trailmap`
// command (packages/cli/bin/trailmap.js, as `pnpm trailmap` and the installed command do: the
// CLI bundled into one module by bin/bundle.mjs) as child processes and reports each command's
// wall time, CPU time (user + system, worker threads included), peak RSS and how many lines it
// printed. Goals on a quiet 2-core machine: score < 5 s and < 500 MB; roadmap < 5 s; plan at its
// default limit < 30 s; --time-limit honoured within 10 %.
//
// IMPORT_BENCH_MB sets the export size (default 50); IMPORT_BENCH_COMMANDS=score,roadmap runs
// only those commands; IMPORT_BENCH_RUNNER=tsx runs the TypeScript sources through tsx
// (`node --import tsx packages/cli/src/main.ts`) instead of the bundle, to compare. Each row is
// printed when its command ends. IMPORT_BENCH=library also runs the in-process `loadBacklogText`
// table on the committed samples scaled to 1k and 10k issues.
// The export is deleted afterwards; it is never written inside the repository.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig, loadBacklogText } from '@trailmap/trackers';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { inputValue } from '../src/errors';
import { generateJiraExport } from './generateJiraExport';

const root = join(import.meta.dirname, '..', '..', '..');
const runner = process.env.IMPORT_BENCH_RUNNER ?? 'bin';
if (runner !== 'bin' && runner !== 'tsx') {
  process.stderr.write(`IMPORT_BENCH_RUNNER must be bin or tsx, not "${runner}"\n`);
  process.exit(2);
}
const entry =
  runner === 'tsx'
    ? ['--import', 'tsx', join(root, 'packages', 'cli', 'src', 'main.ts')]
    : [join(root, 'packages', 'cli', 'bin', 'trailmap.js')];
const usagePreload = join(import.meta.dirname, 'reportUsage.mjs');
const TODAY = '2026-12-01';

interface Run {
  label: string;
  wallS: number;
  cpuS: number;
  rssMb: number;
  load: number;
  lines: number;
  status: number | null;
  stderr: string;
}

function runCli(label: string, args: readonly string[], dir: string): Run {
  const usageFile = join(dir, 'usage.json');
  rmSync(usageFile, { force: true });
  const load = loadavg()[0]!;
  const start = performance.now();
  const child = spawnSync(process.execPath, ['--import', usagePreload, ...entry, ...args], {
    // The repository root, where `--import tsx` resolves; every path passed is absolute.
    cwd: root,
    env: { ...process.env, TRAILMAP_BENCH_USAGE: usageFile },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const wallS = (performance.now() - start) / 1000;
  let usage = { maxRssKb: Number.NaN, userMs: Number.NaN, systemMs: Number.NaN };
  try {
    usage = JSON.parse(readFileSync(usageFile, 'utf8'));
  } catch {
    // The child died before its exit hook; the row shows n/a.
  }
  return {
    label,
    wallS,
    cpuS: (usage.userMs + usage.systemMs) / 1000,
    rssMb: usage.maxRssKb / 1024,
    load,
    lines: child.stdout.split('\n').length - 1,
    status: child.status,
    stderr: child.stderr,
  };
}

function row(run: Run, goal: string, met: boolean | undefined): string {
  const n = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
  const verdict = met === undefined ? '' : met ? 'met' : '**missed**';
  return `| ${run.label} | ${n(run.wallS)} | ${n(run.cpuS)} | ${n(run.rssMb, 0)} | ${run.lines} | ${n(run.load)} | ${goal} | ${verdict} |`;
}

async function cliTable(): Promise<void> {
  const mb = Number(process.env.IMPORT_BENCH_MB ?? 50);
  const dir = mkdtempSync(join(tmpdir(), 'trailmap-bench-import-'));
  try {
    const file = join(dir, 'export.jira.csv');
    const gen = await generateJiraExport(file, { targetBytes: mb * 1_000_000 });
    process.stdout.write(
      `Generated ${file}: ${gen.issues.toLocaleString('en')} issues, ${(gen.bytes / 1e6).toFixed(1)} MB, ${gen.estimated.toLocaleString('en')} with story points\n\n`,
    );
    // One warm-up run builds the bundle if a source changed (or fills tsx's compile cache), so
    // no row pays for compiling the CLI.
    runCli('warm-up', ['--help'], dir);
    const plan = ['plan', file, '--capacity', '200', '--releases', '3', '--today', TODAY];
    const runs: Run[] = [];
    // Each row is printed as soon as its command ends: a run stopped half-way (on a loaded
    // machine the table takes many minutes) keeps the rows it finished.
    process.stdout.write(
      '| command | wall s | CPU s (user+sys) | peak RSS MiB | stdout lines | load (1 min) | goal | |\n| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |\n',
    );
    const only = process.env.IMPORT_BENCH_COMMANDS?.split(',');
    const add = (label: string, args: string[], goal: string, met: (r: Run) => boolean) => {
      if (only && !only.includes(args[0]!)) return;
      const run = runCli(label, args, dir);
      if (run.status !== 0)
        process.stderr.write(`${label} exited ${run.status}:\n${run.stderr.slice(-2000)}\n`);
      runs.push(run);
      process.stdout.write(`${row(run, goal, goal ? met(run) && run.status === 0 : undefined)}\n`);
    };
    add('`score`', ['score', file], '< 5 s, < 500 MB', (r) => r.wallS < 5 && r.rssMb < 500);
    add(
      '`roadmap`',
      ['roadmap', file, '--today', TODAY, '--out', join(dir, 'roadmap.html')],
      '< 5 s',
      (r) => r.wallS < 5,
    );
    add('`plan` (default limit, 10 s)', plan, '< 30 s', (r) => r.wallS < 30);
    for (const limit of [5, 20]) {
      add(
        `\`plan --time-limit ${limit}\``,
        [...plan, '--time-limit', String(limit)],
        // Honoured = the whole command (load and output included) ends by the limit + 10 %.
        `≤ ${(limit * 1.1).toFixed(1)} s (limit + 10 %)`,
        (r) => r.wallS <= limit * 1.1,
      );
    }
    add('`plan --instant`', [...plan, '--instant'], '', () => true);
    process.stdout.write(
      `\nload average after: ${loadavg()
        .map((x) => x.toFixed(2))
        .join(', ')}\n`,
    );
    if (runs.some((r) => r.status !== 0)) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// --- IMPORT_BENCH=library: in-process import of the committed samples, scaled ---

const RUNS = 5;
const samples = join(import.meta.dirname, '..', 'samples');
const KEY = /\b([A-Z][A-Z0-9]*)-(\d+)\b/g;

// Copies every row with keys (and numeric ids) shifted so links stay inside each copy.
function scale(file: string, idColumns: readonly string[], copies: number): string {
  const [header, ...rows] = parse(readFileSync(join(samples, file), 'utf8'), {
    relax_column_count: true,
  }) as string[][];
  const ids = new Set(idColumns.map((name) => header!.indexOf(name)).filter((i) => i >= 0));
  const out: string[][] = [header!];
  for (let k = 0; k < copies; k++) {
    for (const row of rows) {
      out.push(
        row.map((cell, i) =>
          ids.has(i) && /^\d+$/.test(cell)
            ? String(Number(cell) + k * 100_000)
            : cell.replace(KEY, (_, p: string, n: string) => `${p}-${Number(n) + k * 1000}`),
        ),
      );
    }
  }
  return stringify(out);
}

async function measure(label: string, text: string, file: string): Promise<void> {
  const config = defaultConfig();
  const times: number[] = [];
  const cpu: number[] = [];
  let items = 0;
  for (let r = 0; r < RUNS + 1; r++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    const { backlog } = inputValue(await loadBacklogText(text, file, config));
    const ms = performance.now() - start;
    const used = process.cpuUsage(startCpu);
    items = backlog.items.length;
    // The first run warms the JIT and is left out.
    if (r > 0) {
      times.push(ms);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const mb = (Buffer.byteLength(text) / 1e6).toFixed(1);
  const wall = median(times);
  process.stdout.write(
    `| ${label} | ${items.toLocaleString('en')} | ${mb} MB | ${wall.toFixed(0)} ms | ${median(cpu).toFixed(0)} ms | ${(items / (wall / 1000)).toFixed(0)} issues/s |\n`,
  );
}

async function libraryTable(): Promise<void> {
  process.stdout.write(
    '\n| export | issues | size | median | CPU (median) | throughput |\n| --- | ---: | ---: | ---: | ---: | ---: |\n',
  );
  // 140 sample issues × 7 ≈ 1,000 and × 72 ≈ 10,000.
  for (const copies of [7, 72]) {
    await measure(
      'Jira all-fields CSV',
      scale('backlog.jira.csv', ['Issue id', 'Parent'], copies),
      'bench.jira.csv',
    );
    await measure('Linear 2026-06 CSV', scale('backlog.linear.csv', [], copies), 'bench.linear.csv');
  }
}

async function mainBench(): Promise<void> {
  await cliTable();
  if (process.env.IMPORT_BENCH === 'library') await libraryTable();
}

mainBench().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
