// Job handlers loaded by the standalone worker in the crash-recovery test. A job announces that
// it started (a marker file), optionally holds for TRAILMAP_TEST_HOLD_MS so the test can kill
// the process mid-job, and commits its effect row in the completion transaction.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JobHandlers } from '../../src/jobs/worker';

export const jobHandlers: JobHandlers = {
  'test.crash': async (job) => {
    const { markerDir } = job.payload as { markerDir: string };
    writeFileSync(join(markerDir, `started-${process.pid}-${job.id}`), '');
    const hold = Number(process.env.TRAILMAP_TEST_HOLD_MS ?? 0);
    if (hold > 0) await new Promise((resolve) => setTimeout(resolve, hold));
    return {
      kind: 'done',
      commit: async (tx) => {
        await tx.run('INSERT INTO crash_effects (job_id, pid) VALUES (?, ?)', [job.id, process.pid]);
      },
    };
  },
};
