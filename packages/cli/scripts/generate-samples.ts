/**
 * Writes the sample backlog (packages/cli/samples): the same ~140-item product backlog of a
 * fictional help-desk SaaS as a Jira Cloud all-fields CSV, a Linear 2026-06 CSV with its scoring
 * sidecar, and the trailmap.config.json both import with. Deterministic: rerunning it
 * reproduces the committed files byte for byte.
 *
 * Run: pnpm --filter @trailmap/cli exec tsx scripts/generate-samples.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSampleItems } from './samples/catalog.ts';
import { CUSTOMERS, RELEASES } from './samples/content.ts';
import { emitJiraCsv } from './samples/emitJira.ts';
import { emitLinearCsv, emitLinearScores } from './samples/emitLinear.ts';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'samples');
const items = buildSampleItems();

const config = {
  customers: CUSTOMERS.map((c) => ({ name: c.name, revenue: c.revenue, tier: c.tier, size: c.size })),
  releases: RELEASES.map((r) => ({
    name: r.name,
    start: r.start,
    end: r.end,
    capacity: r.capacity,
    released: r.released,
  })),
  feedback: { issueTypes: ['Feedback'], teams: ['Feedback'] },
};

writeFileSync(join(out, 'backlog.jira.csv'), emitJiraCsv(items));
writeFileSync(join(out, 'backlog.linear.csv'), emitLinearCsv(items, RELEASES));
writeFileSync(join(out, 'backlog.linear.scores.csv'), emitLinearScores(items));
writeFileSync(join(out, 'trailmap.config.json'), `${JSON.stringify(config, null, 2)}\n`);
process.stdout.write(`wrote ${items.length} items to ${out}\n`);
