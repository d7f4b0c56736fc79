import { type Command, Option } from 'commander';
import { UsageError } from '../errors';

/** Options of `trailmap plan`, as commander hands them over. */
export interface PlanCommandOptions {
  capacity?: string;
  releases?: string;
  cadence?: string;
  format?: 'table' | 'json' | 'html';
  config?: string;
  framework?: string;
  timeLimit?: string;
  instant?: boolean;
  today?: string;
  discount?: string;
  mustHave?: string;
  teamCapacity?: string;
  defaultSize?: string;
  all?: boolean;
}

/** `--time-limit` when none is given, in seconds. */
export const DEFAULT_TIME_LIMIT = '10';

/**
 * Declares the arguments and options of `trailmap plan` on `command`.
 *
 * @example
 * declarePlanOptions(program.command('plan')).action(…);
 */
export function declarePlanOptions(command: Command): Command {
  return command
    .argument('<file>', 'Jira CSV, Linear CSV or Trailmap JSON backlog')
    .option(
      '--capacity <n>',
      'capacity per release in the estimate unit (default: the export/config releases)',
    )
    .option('--releases <k>', 'number of releases to plan when --capacity is given', '3')
    .option('--cadence <period>', 'release length when --capacity is given, e.g. 2w or 10d', '2w')
    .addOption(
      new Option('--format <format>', 'output format').choices(['table', 'json', 'html']).default('table'),
    )
    .option('-c, --config <path>', 'trailmap.config.json (releases, scorecards, column mapping)')
    .option(
      '-f, --framework <name>',
      "value source: a scoring framework, signals or a config scorecard (default: the config's framework, else rice)",
    )
    .option(
      '--time-limit <s>',
      'seconds for the whole command (reading the export, search and exact solver); the best plan found in time is kept',
      DEFAULT_TIME_LIMIT,
    )
    .option('--instant', 'heuristic plan only (no MIP), answers at once')
    .option('--today <date>', 'forecast start date YYYY-MM-DD (default: the current UTC date)')
    .option(
      '--discount <d>',
      'per-release discount on value in [0, 1): earlier delivery is worth more (0 = order within the horizon does not matter)',
      '0.05',
    )
    .addOption(
      new Option(
        '--must-have <rule>',
        'must-haves: "moscow" = MoSCoW Must or label must-have (pinned to their fix version when it is planned), "none"',
      )
        .choices(['moscow', 'none'])
        .default('moscow'),
    )
    .option('--team-capacity <list>', 'capacity per team in every release, e.g. "Inbox=20,Platform=15"')
    .addOption(
      new Option(
        '--default-size <rule>',
        'size unestimated items instead of listing them as "needs an estimate": median = the median of the known estimates',
      ).choices(['median']),
    )
    .option('--all', 'list every deferred and unestimated item and every warning (default: a summary)');
}

/**
 * A number > 0 from a flag's text.
 *
 * @example
 * positive('2.5', '--capacity'); // => 2.5
 * positive('0', '--capacity'); // throws UsageError: --capacity must be a number > 0, got "0"
 */
export function positive(text: string, flag: string): number {
  const n = Number(text);
  if (!(Number.isFinite(n) && n > 0)) throw new UsageError(`${flag} must be a number > 0, got "${text}"`);
  return n;
}

/**
 * `--discount`: a number in [0, 1).
 *
 * @example
 * parseDiscount('0.05'); // => 0.05
 */
export function parseDiscount(text: string | undefined): number {
  const discount = Number(text ?? '0.05');
  if (!(discount >= 0 && discount < 1)) throw new UsageError(`--discount must be in [0, 1), got "${text}"`);
  return discount;
}

/**
 * `--cadence`: days per release from `2w` or `10d`.
 *
 * @example
 * cadenceDays('2w'); // => 14
 */
export function cadenceDays(text: string): number {
  const m = /^(\d+)\s*([dw])$/i.exec(text.trim());
  const n = m ? Number(m[1]) * (m[2]!.toLowerCase() === 'w' ? 7 : 1) : Number.NaN;
  if (!(n >= 1 && n <= 366)) throw new UsageError(`--cadence must look like 2w or 10d, got "${text}"`);
  return n;
}

/**
 * `--team-capacity`: capacity per team, from `Inbox=20,Platform=15`.
 *
 * @example
 * parseTeamCapacity('Inbox=20, Platform=15'); // => { Inbox: 20, Platform: 15 }
 */
export function parseTeamCapacity(text: string | undefined): Record<string, number> | undefined {
  if (text === undefined) return undefined;
  const entries = text.split(',').map((part) => {
    const m = /^\s*([^=]+?)\s*=\s*([\d.]+)\s*$/.exec(part);
    const n = m ? Number(m[2]) : Number.NaN;
    if (!m || !(n >= 0))
      throw new UsageError(`--team-capacity must look like "Inbox=20,Platform=15", got "${text}"`);
    return [m[1]!, n] as const;
  });
  return Object.fromEntries(entries);
}
