// `pnpm bench nrp`: the 15 classic Next Release Problem cases (nrp1–5 at cost ratios 0.3/0.5/0.7)
// from ../shared/data/nrp, compared with the proven optima in optima.csv. Each case runs in a
// fresh HiGHS worker. Prints a Markdown table for docs/benchmarks.md. Not part of CI.
// TRAILMAP_NRP_TIME_LIMIT sets the proof limit per case in seconds (default 60).
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { sharedDir } from '@trailmap/test-support';
import { type NrpResult, solveNrpFile } from '../src/bench/nrp';

const dir = join(sharedDir(), 'data', 'nrp');
const timeLimit = Number(process.env.TRAILMAP_NRP_TIME_LIMIT ?? 60);

async function main(): Promise<void> {
  if (!existsSync(join(dir, 'optima.csv'))) {
    process.stdout.write(`skipped: ${dir}/optima.csv not found (the shared NRP instances are absent)\n`);
    return;
  }
  const optima = readFileSync(join(dir, 'optima.csv'), 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(','))
    .map(([instance, ratio, , budget, optimum, bma, provedIn]) => ({
      instance: instance!,
      ratio: Number(ratio),
      budget: Number(budget),
      optimum: Number(optimum),
      bma: Number(bma),
      provedIn: Number(provedIn),
    }))
    .sort((a, b) => a.ratio - b.ratio || a.instance.localeCompare(b.instance));
  const lines = [
    '| case | budget | optimum | value | % of optimum | to best: wall s (CPU s) | total: wall s (CPU s) | proof | heuristic (wall s) | greedy baseline |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |',
  ];
  // The machine is shared: the load average says how far wall seconds are from an idle machine's.
  const loads: number[] = [loadavg()[0]!];
  let reached = 0;
  let withinTwo = 0;
  let withinTwoCpu = 0;
  for (const o of optima) {
    process.stderr.write(`${o.instance} @ ${o.ratio} …\n`);
    const r: NrpResult = await solveNrpFile(join(dir, `${o.instance}.txt`), o.ratio, timeLimit);
    loads.push(loadavg()[0]!);
    if (r.budget !== o.budget)
      throw new Error(`${o.instance} @ ${o.ratio}: budget ${r.budget}, optima.csv says ${o.budget}`);
    if (r.value > o.optimum)
      throw new Error(`${o.instance} @ ${o.ratio}: value ${r.value} above the proven optimum`);
    if (r.value === o.optimum) reached++;
    if (r.value === o.optimum && r.secondsToBest <= 2) withinTwo++;
    if (r.value === o.optimum && r.cpuSecondsToBest <= 2) withinTwoCpu++;
    const gap = r.bound > 0 ? (r.bound - r.value) / r.bound : 0;
    lines.push(
      `| ${o.instance} @ ${o.ratio} | ${r.budget} | ${o.optimum} | ${r.value} | ${((100 * r.value) / o.optimum).toFixed(2)} % | ` +
        `${r.secondsToBest.toFixed(2)} (${r.cpuSecondsToBest.toFixed(2)}) | ${r.seconds.toFixed(2)} (${r.cpuSeconds.toFixed(2)}) | ${r.provenOptimal ? 'proven' : `gap ${(100 * gap).toFixed(2)} % at ${timeLimit} s`} | ` +
        `${r.heuristicValue} (${r.heuristicSeconds.toFixed(2)}) | ${r.greedyValue} |`,
    );
  }
  lines.push(
    '',
    `${reached}/${optima.length} cases at 100 % of the optimum; ${withinTwo}/${optima.length} reached it within 2 s wall time, ${withinTwoCpu}/${optima.length} within 2 CPU seconds. Proof limit ${timeLimit} s per case. ` +
      `1-minute load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on ${availableParallelism()} cores during the run.`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`nrp bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
