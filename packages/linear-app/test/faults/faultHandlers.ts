// Job handlers the fault suite runs inside the real server process (`src/main.ts <this file>`):
// every `linear.Issue` job commits one effect row naming its delivery, in the transaction that
// marks the job done. Counting those rows shows what was lost (none) and what ran twice (none).
// `data.holdMs` in the delivery keeps the job running that long, so a kill finds jobs mid-flight.
import type { JobHandlers } from '../../src/jobs/worker';

export const jobHandlers: JobHandlers = {
  'linear.Issue': async (job) => {
    const data = (job.payload as { data?: { id?: unknown; holdMs?: unknown } }).data ?? {};
    const holdMs = typeof data.holdMs === 'number' ? data.holdMs : 0;
    if (holdMs > 0) await new Promise((resolve) => setTimeout(resolve, holdMs));
    return {
      kind: 'done',
      commit: async (tx) => {
        await tx.run('INSERT INTO fault_effects (delivery_id, job_id) VALUES (?, ?)', [
          String(data.id),
          job.id,
        ]);
      },
    };
  },
};
