import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deferralText } from '@trailmap/core';
import { runPlan } from '../commands/plan';
import { onTrack, proofText, renderPlanHtml } from '../commands/planRender';
import type { DemoContext } from './context';

/**
 * The plan step of `pnpm demo`: plans the sample Jira backlog into its unreleased releases
 * (capacities from the sample config), prints the summary and writes `out/plan.html`.
 *
 * @example
 * await demoPlan(defaultDemoContext(process.cwd()));
 */
export async function demoPlan(ctx: DemoContext): Promise<void> {
  const { report } = await runPlan(ctx.jiraCsv, { format: 'json', timeLimit: '10' });
  const { plan } = report;
  ctx.log('');
  ctx.log(`== Release plan (${report.framework} value, ${report.unit}) ==`);
  ctx.log(
    `value ${plan.value.toFixed(0)} vs ${report.baseline.value.toFixed(0)} for the rank-order baseline; ${proofText(plan)}`,
  );
  for (const release of plan.releases) {
    const f = report.forecast.ok
      ? report.forecast.value.releases.find((r) => r.id === release.id)
      : undefined;
    const end = report.releaseEnds[release.id];
    ctx.log(
      `  ${release.name}: ${release.items.length} items, ${release.cost}/${release.capacity} ${report.unit}` +
        (f
          ? `; P50 ${f.p50 ?? '—'}, P85 ${f.p85 ?? '—'}, P95 ${f.p95 ?? '—'}${end ? ` (${onTrack(f.p85, end)})` : ''}`
          : ''),
    );
  }
  if (!report.forecast.ok) ctx.log(`  forecast: ${report.forecast.reason}`);
  for (const d of plan.deferred.slice(0, 3)) ctx.log(`  deferred ${d.id}: ${deferralText(d)}`);
  if (plan.deferred.length > 3) ctx.log(`  … and ${plan.deferred.length - 3} more deferred (see the page)`);
  const page = join(ctx.outDir, 'plan.html');
  await writeFile(page, renderPlanHtml(report));
  ctx.log(`  wrote ${page}`);
}
