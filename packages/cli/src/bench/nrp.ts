// `pnpm bench:nrp <instance-file> <ratio> [--time-limit <s>]`: solves one Next Release Problem
// instance and prints exactly one JSON line on stdout (logs go to stderr). The value is
// recomputed from the selected requirements and every rule is checked here, independently of
// the planner; a failed check exits non-zero.
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { greedyBaseline, planExact, validatePlanningModel } from '@trailmap/core';
import { createHighsSolver } from '@trailmap/solver-highs';
import { nrpToPlanningModel, parseNrpInstance } from './parseNrpInstance';

/** One solved NRP case, as printed. */
export interface NrpResult {
  instance: string;
  ratio: number;
  budget: number;
  value: number;
  cost: number;
  provenOptimal: boolean;
  bound: number;
  seconds: number;
  greedyValue: number;
  /** Seconds from the start (parse included) until the final value was in hand. */
  secondsToBest: number;
  heuristicValue: number;
  /** Seconds from the start until the solver started: parsing, validation, heuristic and MIP build. */
  heuristicSeconds: number;
  /** CPU seconds in all (process-wide: main thread and solver worker). */
  cpuSeconds: number;
  /** CPU seconds until the final value was in hand: what the wall time would be on an idle machine. */
  cpuSecondsToBest: number;
}

/**
 * Solves one instance file at a cost ratio and checks the answer independently.
 *
 * @example
 * const r = await solveNrpFile('../shared/data/nrp/nrp1.txt', 0.3, 60);
 */
export async function solveNrpFile(
  file: string,
  ratio: number,
  timeLimitSeconds: number,
): Promise<NrpResult> {
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const parsed = parseNrpInstance(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.problems[0].message}`);
  const instance = parsed.value;
  // Half up, as the instance authors define the budget; truncating changes the optima.
  const budget = Math.round(ratio * instance.totalCost);
  const valid = validatePlanningModel(nrpToPlanningModel(instance, budget));
  if (!valid.ok) throw new Error(`${file}: ${valid.problems[0].message}`);
  const solver = createHighsSolver();
  try {
    const cpuNow = (): number => {
      const used = process.cpuUsage();
      return (used.user + used.system) / 1e6;
    };
    const plan = await planExact(valid.model, solver, {
      timeLimitSeconds,
      now: () => performance.now(),
      cpuNow,
    });
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpuStart);
    const cpuSeconds = (used.user + used.system) / 1e6;
    const cpuBeforeSolve = cpuSeconds - (plan.solver.cpuSeconds ?? 0);
    const cpuSecondsToBest = cpuBeforeSolve + (plan.solver.cpuSecondsToBest ?? 0);
    const solveStarted = seconds - plan.solver.seconds;
    const heuristicSeconds = solveStarted;
    const secondsToBest =
      plan.solver.secondsToBest > 0 ? solveStarted + plan.solver.secondsToBest : heuristicSeconds;
    const selected = new Set(
      Object.entries(plan.assignment)
        .filter(([, r]) => r !== null)
        .map(([id]) => Number(id)),
    );
    const check = checkNrp(instance, budget, selected);
    if (check.problems.length > 0) throw new Error(`check failed: ${check.problems.join('; ')}`);
    if (Math.abs(check.value - plan.value) > 1e-6) {
      throw new Error(`check failed: planner says ${plan.value}, recomputed ${check.value}`);
    }
    return {
      instance: basename(file, extname(file)),
      ratio,
      budget,
      value: check.value,
      cost: check.cost,
      provenOptimal: plan.provenOptimal,
      bound: plan.bound,
      seconds: Number(seconds.toFixed(3)),
      greedyValue: greedyBaseline(valid.model).value,
      secondsToBest: Number(secondsToBest.toFixed(3)),
      heuristicValue: plan.solver.heuristicValue,
      heuristicSeconds: Number(heuristicSeconds.toFixed(3)),
      cpuSeconds: Number(cpuSeconds.toFixed(3)),
      cpuSecondsToBest: Number(cpuSecondsToBest.toFixed(3)),
    };
  } finally {
    await solver.close();
  }
}

/**
 * Recomputes an NRP selection from the raw instance: value of satisfied customers (requests and
 * their transitive prerequisites all selected), cost, and broken rules.
 *
 * @example
 * checkNrp(instance, 257, new Set([1, 2])); // => { value, cost, problems: [] }
 */
export function checkNrp(
  instance: {
    costs: number[];
    dependencies: [number, number][];
    customers: { profit: number; requests: number[] }[];
  },
  budget: number,
  selected: ReadonlySet<number>,
): { value: number; cost: number; problems: string[] } {
  const problems: string[] = [];
  let cost = 0;
  for (const id of selected) cost += instance.costs[id - 1] ?? Number.NaN;
  if (!(cost <= budget)) problems.push(`cost ${cost} exceeds budget ${budget}`);
  for (const [a, b] of instance.dependencies) {
    if (selected.has(b) && !selected.has(a)) problems.push(`${b} is selected without its prerequisite ${a}`);
  }
  const requires: number[][] = instance.costs.map(() => []);
  for (const [a, b] of instance.dependencies) requires[b - 1]!.push(a);
  const complete = (id: number, seen: Set<number>): boolean => {
    if (seen.has(id)) return true;
    seen.add(id);
    return selected.has(id) && requires[id - 1]!.every((p) => complete(p, seen));
  };
  let value = 0;
  for (const c of instance.customers) {
    const seen = new Set<number>();
    if (c.requests.every((id) => complete(id, seen))) value += c.profit;
  }
  return { value, cost, problems };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const limitAt = args.indexOf('--time-limit');
  const timeLimit = limitAt >= 0 ? Number(args.splice(limitAt, 2)[1]) : 60;
  const [file, ratioText] = args;
  const ratio = Number(ratioText);
  if (!file || !(ratio > 0 && ratio <= 1) || !(timeLimit > 0)) {
    process.stderr.write('usage: pnpm bench:nrp <instance-file> <ratio in (0,1]> [--time-limit <seconds>]\n');
    process.exitCode = 2;
    return;
  }
  const r = await solveNrpFile(file, ratio, timeLimit);
  process.stderr.write(
    `${r.instance} @ ${r.ratio}: value ${r.value} (heuristic ${r.heuristicValue}, best after ${r.secondsToBest}s wall, ${r.cpuSecondsToBest}s CPU), ` +
      `${r.provenOptimal ? 'proven optimal' : `bound ${r.bound}`} in ${r.seconds}s; greedy baseline ${r.greedyValue}\n`,
  );
  const { instance, budget, value, cost, provenOptimal, bound, seconds, greedyValue } = r;
  process.stdout.write(
    `${JSON.stringify({ instance, ratio, budget, value, cost, provenOptimal, bound, seconds, greedyValue })}\n`,
  );
}

if (process.argv[1]?.endsWith('/bench/nrp.ts')) {
  main().catch((error: unknown) => {
    process.stderr.write(`bench:nrp: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
