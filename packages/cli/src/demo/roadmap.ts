import { join } from 'node:path';
import { runRoadmap } from '../commands/roadmap';
import type { DemoContext } from './context';

/**
 * The sample backlog's "today": inside its current release (2026.12), so the demo shows the
 * same board whenever it runs. `trailmap roadmap` itself defaults to the real date.
 */
export const DEMO_TODAY = '2026-11-26';

/**
 * The roadmap step of `pnpm demo`: groups the sample Jira backlog by initiative into Now /
 * Next / Later and a monthly timeline, prints the summary and writes `out/roadmap.html`.
 *
 * @example
 * await demoRoadmap(defaultDemoContext(process.cwd()));
 */
export async function demoRoadmap(ctx: DemoContext): Promise<void> {
  ctx.log(
    `== Roadmap: Now / Next / Later and timeline of the sample Jira backlog (today pinned to ${DEMO_TODAY}) ==`,
  );
  const run = await runRoadmap(ctx.jiraCsv, {
    today: DEMO_TODAY,
    groupBy: 'initiative',
    bucket: 'month',
    view: 'both',
    title: 'Trailmap sample roadmap',
    banner: 'Demo data',
    out: join(ctx.outDir, 'roadmap.html'),
  });
  for (const line of run.stdout.trimEnd().split('\n')) ctx.log(line);
  ctx.log('');
}
