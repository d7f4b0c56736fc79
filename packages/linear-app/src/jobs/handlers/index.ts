import type { JobHandlers } from '../worker.ts';

/**
 * Job type → handler, e.g. `'linear.Issue'` for Issue webhooks. Owned by the features side; see
 * CONTRACT.md. Types without a handler are marked `skipped` by the worker.
 */
export const jobHandlers: JobHandlers = {};
