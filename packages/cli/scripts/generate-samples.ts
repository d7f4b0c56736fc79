/**
 * Writes the sample backlog (packages/cli/samples): the same 140-item product backlog of a
 * fictional help-desk SaaS as a Jira Cloud all-fields CSV, a Linear 2026-06 CSV with its scoring
 * sidecar, and the trailmap.config.json both import with. Deterministic: rerunning it
 * reproduces the committed files byte for byte (test/import/samples.test.ts checks this).
 *
 * Run: pnpm --filter @trailmap/cli exec tsx scripts/generate-samples.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderSamples } from './sampleBacklog/render';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'samples');
const files = renderSamples();
for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text);
process.stdout.write(`wrote ${Object.keys(files).join(', ')} to ${out}\n`);
