// `pnpm bench`: runs every `packages/*/bench/*.bench.ts` in turn, each in its own process so
// one benchmark's heap and JIT state do not colour the next.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const only = process.argv[2];
const files = readdirSync(join(root, 'packages'))
  .flatMap((pkg) => {
    try {
      return readdirSync(join(root, 'packages', pkg, 'bench'))
        .filter((f) => f.endsWith('.bench.ts'))
        .map((f) => join('packages', pkg, 'bench', f));
    } catch {
      return [];
    }
  })
  .filter((f) => !only || f.includes(only))
  .sort();

let failed = 0;
for (const file of files) {
  process.stdout.write(`\n=== ${file} ===\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
