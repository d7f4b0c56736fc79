// `pnpm bench roadmap`: groups, lays out and renders 10,000 generated items with 2,000
// dependencies, reporting the median of several runs. Goals: layout under 200 ms, and an HTML
// document under 2 MB (the page caps what it draws; the layout still places every item).
import { cpus, loadavg } from 'node:os';
import { renderRoadmapDocument, renderRoadmapHtml } from '../src/render/index';
import { syntheticBacklog } from '../src/roadmap/__fixtures__/roadmapFixtures';
import { buildRoadmap, groupRoadmap, layoutTimeline, type TimelineLayout } from '../src/roadmap/index';

const N = 10_000;
const DEPENDENCIES = 2_000;
const RUNS = 9;
const WARMUP = 3;
const TODAY = '2026-06-15';

const { items, releases, scores } = syntheticBacklog({ count: N, dependencies: DEPENDENCIES });
const deps = items.reduce((sum, i) => sum + i.blockedBy.length, 0);

// Wall-clock time, plus the process's own CPU time, which stays meaningful when other jobs
// share the machine (on a loaded 2-core box the wall clock mostly measures the queue).
function median(fn: () => unknown): { ms: number; best: number; cpu: number; result: unknown } {
  let result: unknown;
  for (let i = 0; i < WARMUP; i++) result = fn();
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    result = fn();
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const mid = Math.floor(RUNS / 2);
  return { ms: times[mid]!, best: times[0]!, cpu: cpuTimes[mid]!, result };
}

function unwrap<T>(r: { ok: true; value: T } | { ok: false; problems: { message: string }[] }): T {
  if (!r.ok) throw new Error(r.problems[0]?.message);
  return r.value;
}

const rows: { what: string; ms: number; best: number; cpu: number; note: string }[] = [];
const record = (what: string, run: { ms: number; best: number; cpu: number }, note = '') =>
  rows.push({ what, ms: run.ms, best: run.best, cpu: run.cpu, note });

const base = { today: TODAY, releases, scores };
const group = median(() => unwrap(groupRoadmap(items, { ...base, groupBy: 'initiative' })));
record('groupRoadmap, by initiative', group);
const groupNested = median(() =>
  unwrap(groupRoadmap(items, { ...base, groupBy: ['initiative', 'team', 'label'] })),
);
record('groupRoadmap, initiative › team › label', groupNested);

for (const [bucket, groupBy] of [
  ['month', undefined],
  ['month', 'initiative'],
  ['week', 'team'],
  ['quarter', 'initiative'],
] as const) {
  const run = median(() => unwrap(layoutTimeline(items, { ...base, bucket, groupBy })));
  const layout = run.result as TimelineLayout;
  record(
    `layoutTimeline, ${bucket}${groupBy ? `, swimlanes by ${groupBy}` : ''}`,
    run,
    `${layout.bars.length} bars in ${layout.laneCount} lanes, ${layout.unscheduled.length} unscheduled, ${layout.edges.length} edges`,
  );
}

const input = {
  items,
  ...base,
  groupBy: 'initiative' as const,
  bucket: 'month' as const,
  title: 'Benchmark',
};
const model = median(() => unwrap(buildRoadmap(input)));
record('buildRoadmap (board + both timeline copies)', model);
const built = model.result as Parameters<typeof renderRoadmapDocument>[0];
const render = median(() => renderRoadmapDocument(built, input));
record('renderRoadmapDocument (HTML from the computed views)', render);
const full = median(() => renderRoadmapHtml(input));
const html = full.result as string;
const bytes = Buffer.byteLength(html, 'utf8');
record('renderRoadmapHtml end to end', full, `${(bytes / 1024 / 1024).toFixed(2)} MB`);

process.stdout.write(
  `Roadmap: ${N.toLocaleString('en-US')} items, ${deps.toLocaleString('en-US')} dependencies, ` +
    `median and best of ${RUNS} runs after ${WARMUP} warm-ups, Node ${process.version}, ` +
    `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${loadavg()[0]?.toFixed(1)}\n\n`,
);
const width = Math.max(...rows.map((r) => r.what.length));
const cell = (ms: number) => `${ms.toFixed(1)} ms`.padStart(10);
process.stdout.write(
  `${'step'.padEnd(width)}  ${'median'.padStart(10)}  ${'best'.padStart(10)}  ${'CPU'.padStart(10)}\n`,
);
for (const r of rows) {
  process.stdout.write(
    `${r.what.padEnd(width)}  ${cell(r.ms)}  ${cell(r.best)}  ${cell(r.cpu)}  ${r.note}\n`,
  );
}

const layouts = rows.filter((r) => r.what.startsWith('layoutTimeline'));
const wall = Math.max(...layouts.map((r) => r.ms));
const cpuMs = Math.max(...layouts.map((r) => r.cpu));
const okSize = bytes < 2 * 1024 * 1024;
process.stdout.write(
  `\nGoal: layout < 200 ms: slowest layout median ${wall.toFixed(1)} ms wall (${wall < 200 ? 'met' : 'missed'}), ` +
    `${cpuMs.toFixed(1)} ms CPU (${cpuMs < 200 ? 'met' : 'missed'}); ` +
    `HTML < 2 MB: ${(bytes / 1024).toFixed(0)} KB (${okSize ? 'met' : 'missed'})\n`,
);
// Fail only on what the machine's load cannot explain: CPU time and page size.
if (cpuMs >= 200 || !okSize) process.exitCode = 1;
