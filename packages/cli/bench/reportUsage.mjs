// Preloaded into each CLI child by `pnpm bench import` (`node --import <this>`): on exit the
// process writes its own resource usage (peak RSS, user and system CPU, worker threads
// included) to the file named by TRAILMAP_BENCH_USAGE, so the bench needs no /usr/bin/time.
import { writeFileSync } from 'node:fs';

const target = process.env.TRAILMAP_BENCH_USAGE;
if (target) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(
      target,
      JSON.stringify({ maxRssKb: u.maxRSS, userMs: u.userCPUTime / 1000, systemMs: u.systemCPUTime / 1000 }),
    );
  });
}
