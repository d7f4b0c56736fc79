// `pnpm bench import`: imports the sample backlog scaled to 10,000 issues (ten times Jira's
// 1,000-issue export cap) as a Jira all-fields CSV and as a Linear CSV, reporting the median of
// several runs. Goal: under 2 s per 10,000 issues on a 2-core machine.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { defaultConfig } from '../src/config/config.ts';
import { loadBacklogText } from '../src/import/loadBacklog.ts';

const COPIES = 72; // 140 sample issues × 72 ≈ 10,000
const RUNS = 5;
const samples = join(import.meta.dirname, '..', 'samples');
const KEY = /\b([A-Z][A-Z0-9]*)-(\d+)\b/g;

// Copies every row with keys (and numeric ids) shifted so links stay inside each copy.
function scale(file: string, idColumns: readonly string[]): string {
  const [header, ...rows] = parse(readFileSync(join(samples, file), 'utf8'), {
    relax_column_count: true,
  }) as string[][];
  const ids = new Set(idColumns.map((name) => header!.indexOf(name)).filter((i) => i >= 0));
  const out: string[][] = [header!];
  for (let k = 0; k < COPIES; k++) {
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
  let items = 0;
  for (let r = 0; r < RUNS + 1; r++) {
    const start = performance.now();
    const { backlog } = await loadBacklogText(text, file, config);
    const ms = performance.now() - start;
    items = backlog.items.length;
    if (r > 0) times.push(ms);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const mb = (Buffer.byteLength(text) / 1e6).toFixed(1);
  process.stdout.write(
    `| ${label} | ${items.toLocaleString('en')} | ${mb} MB | ${median.toFixed(0)} ms | ${(items / (median / 1000)).toFixed(0)} issues/s |\n`,
  );
}

async function main(): Promise<void> {
  process.stdout.write(
    '| export | issues | size | median | throughput |\n| --- | ---: | ---: | ---: | ---: |\n',
  );
  await measure('Jira all-fields CSV', scale('backlog.jira.csv', ['Issue id', 'Parent']), 'bench.jira.csv');
  await measure('Linear 2026-06 CSV', scale('backlog.linear.csv', []), 'bench.linear.csv');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
