import {
  binomialVariance,
  DEFAULT_SEQUENTIAL_TUNING,
  experimentPower,
  formatPercent,
  minimumDetectableEffect,
  type PowerDesign,
  sampleSizePerArm,
} from '@trailmap/core';
import { UsageError } from '../errors';

/** Options of `trailmap experiment size`, as commander hands them over. */
export interface SizeOptions {
  baseline: string;
  variance?: string;
  mde: string;
  power: string;
  variants: string;
  alpha: string;
  sequential?: boolean;
  tuning?: string;
  dailyUsers?: string;
  format: 'table' | 'json';
}

function numberFlag(name: string, raw: string | undefined, ok: (x: number) => boolean, what: string): number {
  const value = Number(raw);
  if (raw === undefined || raw.trim() === '' || !Number.isFinite(value) || !ok(value)) {
    throw new UsageError(`--${name} must be ${what}, got "${raw ?? ''}"`);
  }
  return value;
}

/** What the planner works out. */
export interface SizeResult {
  metric: 'binomial' | 'mean';
  baseline: number;
  variance: number;
  mde: number;
  power: number;
  alpha: number;
  variants: number;
  sequential: false | { tuning: number };
  usersPerVariant: number | null;
  totalUsers: number | null;
  dailyUsers: number | null;
  days: number | null;
  /** Power actually reached at the recommended size. */
  achievedPower: number | null;
  /** Smallest lift detectable at the given daily users after 7, 14 and 28 days. */
  mdeByWeek: { days: number; mde: number | null }[];
}

/**
 * `experiment size`: users per variant for the target lift and power (GrowthBook's planner
 * formulas), and days at `--daily-users`.
 *
 * @example
 * sizeExperiment({ baseline: '0.1', mde: '0.1', power: '0.8', variants: '2', alpha: '0.05', format: 'json' }).usersPerVariant; // => 15612
 */
export function sizeExperiment(o: SizeOptions): SizeResult {
  const metric = o.variance === undefined ? 'binomial' : 'mean';
  const baseline =
    metric === 'binomial'
      ? numberFlag(
          'baseline',
          o.baseline,
          (x) => x > 0 && x < 1,
          'a conversion rate between 0 and 1 (e.g. 0.1), or add --variance for a mean metric',
        )
      : numberFlag('baseline', o.baseline, (x) => x !== 0, 'a non-zero mean');
  const variance =
    metric === 'binomial'
      ? binomialVariance(baseline)
      : numberFlag('variance', o.variance, (x) => x > 0, 'a per-user variance above 0');
  const mde = numberFlag('mde', o.mde, (x) => x !== 0 && x > -1, 'a relative lift such as 0.05 for +5 %');
  const power = numberFlag('power', o.power, (x) => x > 0 && x < 1, 'between 0 and 1 (e.g. 0.8)');
  const variants = numberFlag(
    'variants',
    o.variants,
    (x) => Number.isInteger(x) && x >= 2,
    'a whole number ≥ 2 (control included)',
  );
  const alpha = numberFlag('alpha', o.alpha, (x) => x > 0 && x < 1, 'between 0 and 1 (e.g. 0.05)');
  const tuning =
    o.tuning === undefined
      ? DEFAULT_SEQUENTIAL_TUNING
      : numberFlag('tuning', o.tuning, (x) => x > 0, 'a positive number');
  const dailyUsers =
    o.dailyUsers === undefined
      ? null
      : numberFlag('daily-users', o.dailyUsers, (x) => x > 0, 'a positive number of users per day');
  const sequential = o.sequential ? { tuning } : (false as const);
  const design: PowerDesign = { mean: baseline, variance, alpha, sequential };
  const perArm = sampleSizePerArm(design, mde, power) ?? null;
  const total = perArm === null ? null : perArm * variants;
  const mdeByWeek =
    dailyUsers === null
      ? []
      : [7, 14, 28].map((days) => {
          const n = Math.floor((dailyUsers * days) / variants);
          return { days, mde: n > 1 ? (minimumDetectableEffect(design, n, power) ?? null) : null };
        });
  return {
    metric,
    baseline,
    variance,
    mde,
    power,
    alpha,
    variants,
    sequential,
    usersPerVariant: perArm,
    totalUsers: total,
    dailyUsers,
    days: total === null || dailyUsers === null ? null : Math.ceil(total / dailyUsers),
    achievedPower: perArm === null ? null : experimentPower(design, mde, perArm),
    mdeByWeek,
  };
}

/**
 * The planner's answer for people.
 *
 * @example
 * sizeText(sizeExperiment(o)); // => '15,612 users per variant (31,224 in total) …'
 */
export function sizeText(r: SizeResult): string {
  const fmt = (x: number) => x.toLocaleString('en-US');
  const lines: string[] = [];
  const what =
    r.metric === 'binomial'
      ? `baseline rate ${formatPercent(r.baseline)}`
      : `baseline mean ${r.baseline} (variance ${r.variance})`;
  lines.push(
    `To detect a ${formatPercent(r.mde)} relative lift on ${what} with ${formatPercent(r.power)} power at α = ${r.alpha} (two-sided${r.sequential ? `, sequential N* = ${r.sequential.tuning}` : ''}):`,
  );
  if (r.usersPerVariant === null || r.totalUsers === null) {
    lines.push('  no sample size reaches that power; raise --mde or lower --power');
  } else {
    lines.push(
      `  ${fmt(r.usersPerVariant)} users per variant, ${fmt(r.totalUsers)} in total across ${r.variants} variants`,
    );
    if (r.days !== null && r.dailyUsers !== null)
      lines.push(`  ${fmt(r.days)} days at ${fmt(r.dailyUsers)} users a day`);
  }
  for (const w of r.mdeByWeek) {
    lines.push(
      `  after ${w.days} days the smallest detectable lift is ${w.mde === null ? 'out of reach' : formatPercent(w.mde)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
