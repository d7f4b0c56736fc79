// `pnpm bench scoring`: scores 100,000 generated items with every preset and a custom scorecard,
// reporting the median of several runs. Goal: under 100 ms per 100k items on a 2-core machine.
import { cpus } from 'node:os';
import { type WorkItem, WorkItemSchema } from '../src/model/index';
import { seededRandom } from '../src/random/seededRandom';
import { type Framework, PRESET_IDS, ScorecardSchema, scoreItems, WSJF_SCALE } from '../src/scoring/index';

const N = 100_000;
const RUNS = 7;
const WARMUP = 2;

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function generate(n: number): WorkItem[] {
  // Core's one seeded PRNG, so runs are comparable.
  const r = seededRandom(42);
  const items: WorkItem[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const fields: WorkItem['fields'] = {
      reach: Math.floor(r() * 10_000),
      impact: pick(r, [3, 2, 1, 0.5, 0.25]),
      // Mixed spellings, as real exports give them.
      confidence: pick(r, [1, 0.8, 0.5, '80%', 50]),
      effort: pick(r, [0.5, 1, 2, 3, 5, 8]),
      ease: 1 + Math.floor(r() * 10),
      business_value: pick(r, WSJF_SCALE),
      time_criticality: pick(r, WSJF_SCALE),
      risk_reduction: pick(r, WSJF_SCALE),
      job_size: pick(r, WSJF_SCALE),
      value: 1 + Math.floor(r() * 10),
      moscow: pick(r, ['Must', 'Should', 'Could', "Won't"]),
      population: Math.floor(r() * 10),
      need: Math.floor(r() * 10),
      strategy: Math.floor(r() * 10),
    };
    // 5 % carry a three-point effort estimate, 5 % miss an input.
    if (i % 20 === 0) {
      fields.effort_min = 0.5;
      fields.effort_max = 13;
    }
    if (i % 20 === 1) delete fields.effort;
    // The schema fills in every other field's default, as an importer's items get them.
    items[i] = WorkItemSchema.parse({
      id: String(i),
      key: `B-${i}`,
      title: `Generated item ${i}`,
      type: 'Story',
      status: 'To Do',
      statusCategory: 'todo',
      fields,
    });
  }
  return items;
}

const scorecard = ScorecardSchema.parse({
  name: 'bench-card',
  criteria: [
    { field: 'value', scale: { type: 'range', min: 1, max: 10 }, weight: 3 },
    { field: 'reach', scale: { type: 'number', max: 10_000 }, weight: 2 },
    { field: 'confidence', scale: { type: 'percent' }, weight: 1 },
    { field: 'effort', scale: { type: 'fibonacci', values: [0.5, 1, 2, 3, 5, 8] }, weight: -2 },
  ],
});

const items = generate(N);
const frameworks: [string, Framework][] = [
  ...PRESET_IDS.map((id): [string, Framework] => [id, id]),
  ['scorecard', scorecard],
];

function measure(run: () => number): { wall: number[]; cpu: number[]; scored: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  let scored = 0;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    scored = run();
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    if (i >= WARMUP) {
      wall.push(ms);
      cpu.push((c.user + c.system) / 1000);
    }
  }
  return { wall, cpu, scored };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

console.log(
  `Scoring ${N.toLocaleString('en-US')} items, median of ${RUNS} runs after ${WARMUP} warm-ups; ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
);
// Other jobs may share the CPU; process CPU time is the steadier figure, wall time the felt one.
console.log('framework            wall ms (median)   cpu ms (median)   scored');
let worst = 0;
const rows: [string, () => number][] = frameworks.map(([name, framework]) => [
  name,
  () => scoreItems(items, framework).reduce((n, s) => n + (s.result.ok ? 1 : 0), 0),
]);
// The explanation is built lazily; this row pays for building every one of them.
rows.push([
  'rice + explanations',
  () =>
    scoreItems(items, 'rice').reduce(
      (n, s) => n + (s.result.ok && s.result.explanation.factors.length ? 1 : 0),
      0,
    ),
]);
for (const [name, run] of rows) {
  const { wall, cpu, scored } = measure(run);
  const w = median(wall);
  const c = median(cpu);
  if (name !== 'rice + explanations') worst = Math.max(worst, w);
  console.log(
    `${name.padEnd(20)} ${w.toFixed(1).padStart(16)} ${c.toFixed(1).padStart(17)} ${String(scored).padStart(8)}`,
  );
}
console.log(
  `slowest preset median (wall): ${worst.toFixed(1)} ms per 100k (goal < 100 ms): ${worst < 100 ? 'met' : 'NOT met'}`,
);
