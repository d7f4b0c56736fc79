// `pnpm bench experiments`: analyses 10,000 metric × variant comparisons (a mix of fixed-horizon,
// sequential and Bayesian engines, binomial and mean metrics, a third with CUPED covariates, some
// one-sided, some corrected) and reports the median of several runs. Goal: under 100 ms.
import { cpus, loadavg } from 'node:os';
import { analyseExperiments, type ExperimentAnalysis, parseExperimentAnalysis } from '../src/index';
import { seededRandom } from '../src/random/seededRandom';

const COMPARISONS = 10_000;
const VARIANTS = 3; // control + 2 treatments = 2 comparisons per analysis
const RUNS = 9;
const WARMUP = 3;

function generate(): ExperimentAnalysis[] {
  const r = seededRandom(14);
  const analyses: ExperimentAnalysis[] = [];
  for (let i = 0; analyses.length * (VARIANTS - 1) < COMPARISONS; i++) {
    const cuped = i % 3 === 0;
    const engine = i % 4 === 3 ? 'bayesian' : 'frequentist';
    const sequential = i % 4 === 1 ? { tuning: 5000 } : false;
    const alternative = i % 8 === 2 ? 'greater' : i % 8 === 6 ? 'less' : 'two-sided';
    const correction = i % 10 === 0 ? 'holm-bonferroni' : i % 10 === 5 ? 'benjamini-hochberg' : 'none';
    const binomial = i % 2 === 0;
    // Sums of a consistent population: covariate correlated 0.5 with the metric, so CUPED helps.
    const variants = Array.from({ length: VARIANTS }, (_, v) => {
      const n = 500 + Math.floor(r() * 50_000);
      if (binomial) {
        const p = 0.05 + 0.1 * r();
        const px = 0.1;
        const conversions = Math.floor(n * p);
        const covariance = 0.5 * Math.sqrt(p * (1 - p) * px * (1 - px));
        const covariate = {
          pre: { sum: Math.floor(n * px) },
          sumProducts: Math.round(n * (covariance + p * px)),
        };
        return { name: `v${v}`, users: n, conversions, ...(cuped ? covariate : {}) };
      }
      const [mean, mx, vx] = [10 + r(), 3 + r(), 4];
      const covariance = 0.5 * 5 * Math.sqrt(vx);
      const covariate = {
        pre: { sum: n * mx, sumSquares: n * (vx + mx * mx) },
        sumProducts: n * (covariance + mean * mx),
      };
      return {
        name: `v${v}`,
        n,
        sum: n * mean,
        sumSquares: n * (mean * mean + 25),
        ...(cuped ? covariate : {}),
      };
    });
    const parsed = parseExperimentAnalysis({
      metric: { type: binomial ? 'binomial' : 'mean' },
      variants,
      engine,
      sequential,
      alternative,
      correction,
      ...(engine === 'bayesian' && i % 8 === 7 ? { prior: { mean: 0, variance: 0.09, proper: true } } : {}),
    });
    if (!parsed.success) throw new Error(parsed.error.message);
    analyses.push(parsed.data);
  }
  return analyses;
}

const analyses = generate();
const comparisons = analyses.length * (VARIANTS - 1);
const times: number[] = [];
let problems = 0;
for (let run = 0; run < WARMUP + RUNS; run++) {
  const started = performance.now();
  const results = analyseExperiments(analyses);
  const elapsed = performance.now() - started;
  problems = results.reduce((sum, res) => sum + res.problems.length, 0);
  if (run >= WARMUP) times.push(elapsed);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
process.stdout.write(
  [
    `machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, node ${process.version}, load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
    `experiments: ${comparisons} comparisons in ${analyses.length} analyses (${problems} degenerate)`,
    `median ${median.toFixed(1)} ms, min ${times[0]!.toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms over ${RUNS} runs — goal < 100 ms: ${median < 100 ? 'met' : 'MISSED'}`,
    '',
  ].join('\n'),
);
