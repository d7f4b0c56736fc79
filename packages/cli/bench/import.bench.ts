// `pnpm bench import`: imports the sample backlog scaled to ~1,000 issues (Jira's export cap) and
// ~10,000 issues, as a Jira all-fields CSV and as a Linear CSV, reporting the median of several
// runs. Goal: a 1,000-issue export (the Jira cap) in under 500 ms on a 2-core machine.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig, loadBacklogText } from '@trailmap/trackers';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

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
    const { backlog } = await loadBacklogText(text, file, config);
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

async function main(): Promise<void> {
  process.stdout.write(
    '| export | issues | size | median | CPU (median) | throughput |\n| --- | ---: | ---: | ---: | ---: | ---: |\n',
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

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
