import { compareItems, rankScores, scoreItems } from '@trailmap/core';
import { loadBacklog } from '@trailmap/trackers';
import { runScore } from '../commands/score';
import { inputValue } from '../errors';
import type { DemoContext } from './context';

/**
 * The score step of `pnpm demo`: ranks the sample Jira backlog with RICE (Intercom), prints the
 * top ten with ranges and top factors plus why the rest are unscored, then explains the top pair.
 *
 * @example
 * await demoScore(defaultDemoContext(process.cwd()));
 */
export async function demoScore(ctx: DemoContext): Promise<void> {
  ctx.log('== Score: RICE (Intercom) on the sample Jira backlog ==');
  const { stdout } = await runScore(ctx.jiraCsv, { framework: 'rice', format: 'table', limit: '10' });
  for (const line of stdout.trimEnd().split('\n')) ctx.log(line);

  // "Why does #1 rank above #2?" — the question a PM gets asked in every review.
  const { backlog } = inputValue(await loadBacklog(ctx.jiraCsv));
  const { ranked } = rankScores(
    scoreItems(
      backlog.items.filter((i) => i.statusCategory !== 'done'),
      'rice',
    ),
  );
  const [first, second] = ranked;
  if (first && second) ctx.log(`\nWhy: ${compareItems(first, second).summary}.`);
  ctx.log('');
}
