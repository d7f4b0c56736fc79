import { mkdir } from 'node:fs/promises';
import { defaultDemoContext } from './demo/context';
import { demoLabel } from './demo/label';
import { demoOutcomes } from './demo/outcomes';
import { demoPlan } from './demo/plan';
import { demoRoadmap } from './demo/roadmap';
import { demoScore } from './demo/score';
import { parseError } from './errors';

// `pnpm demo`: the main job on the embedded sample backlog, no account or server needed.
async function main(): Promise<void> {
  const ctx = defaultDemoContext(process.cwd());
  await mkdir(ctx.outDir, { recursive: true });
  for (const step of [demoScore, demoRoadmap, demoPlan, demoLabel, demoOutcomes]) await step(ctx);
}

main().catch((error: unknown) => {
  const { message, exitCode } = parseError(error);
  process.stderr.write(`trailmap demo: ${message}\n`);
  process.exitCode = exitCode;
});
