import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildOutcomes, outcomesHtml, outcomesSummary } from '@trailmap/core';
import { loadBacklog } from '@trailmap/trackers';
import { inputValue } from '../errors';
import { readExperimentRecords } from '../experiments/readExperimentRecords';
import type { DemoContext } from './context';

/**
 * The outcomes step of `pnpm demo`: the sample experiments (linked to the sample backlog's ideas)
 * against their RICE predictions, with calibration and suggested Confidence adjustments; writes
 * `out/outcomes.html`.
 *
 * @example
 * await demoOutcomes(defaultDemoContext(process.cwd()));
 */
export async function demoOutcomes(ctx: DemoContext): Promise<void> {
  ctx.log('== Outcomes: sample experiments against the ideas they tested ==');
  const [{ backlog }, records] = await Promise.all([
    loadBacklog(ctx.jiraCsv).then(inputValue),
    readExperimentRecords(ctx.experimentsDir),
  ]);
  const view = buildOutcomes(backlog.items, records);
  for (const line of outcomesSummary(view)) ctx.log(line);
  const page = join(ctx.outDir, 'outcomes.html');
  await writeFile(page, outcomesHtml(view, 'sample backlog'));
  ctx.log(`wrote ${page}`);
}
