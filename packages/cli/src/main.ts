import { Command } from 'commander';
import { registerDedupe } from './commands/dedupe';
import { registerExperiment } from './commands/experiment';
import { registerInit } from './commands/init';
import { registerLabel } from './commands/label';
import { registerOutcomes } from './commands/outcomes';
import { registerPlan } from './commands/plan';
import { registerRoadmap } from './commands/roadmap';
import { registerScore } from './commands/score';
import { parseError } from './errors';
import { runAsProcess } from './runAsProcess';

/** Builds the `trailmap` program; exported so tests can run it in-process. */
export function buildProgram(context: { startedAt?: number } = {}): Command {
  const program = new Command()
    .name('trailmap')
    .description('Score, roadmap, plan and label Jira and Linear backlogs.')
    .showHelpAfterError()
    .exitOverride();
  registerInit(program);
  registerScore(program);
  registerRoadmap(program);
  registerPlan(
    program,
    context.startedAt === undefined
      ? undefined
      : { now: () => performance.now(), startedAt: context.startedAt },
  );
  registerLabel(program);
  registerDedupe(program);
  registerExperiment(program);
  registerOutcomes(program);
  return program;
}

/** Runs the CLI with `argv` (user args only), returning the exit code instead of exiting. */
export async function runCli(argv: readonly string[], context: { startedAt?: number } = {}): Promise<number> {
  const program = buildProgram(context);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
      if (error.code.startsWith('commander.')) {
        const exitCode = 'exitCode' in error && typeof error.exitCode === 'number' ? error.exitCode : 2;
        return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : exitCode;
      }
    }
    const { message, exitCode } = parseError(error);
    process.stderr.write(`trailmap: ${message}\n`);
    return exitCode;
  }
}

// `node --import tsx packages/cli/src/main.ts …` (tests, `pnpm trailmap` before the bundle is built).
// Only by that file name, so the bundled copy of this module never runs the CLI a second time.
if (process.argv[1]?.endsWith('/main.ts')) runAsProcess(runCli, process.argv.slice(2));
