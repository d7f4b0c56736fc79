import type { AsyncEvent } from '@forge/events';
import { runBulkJobSlice } from './handler';

/**
 * `consumer` module handler for the `trailmap-bulk-jobs` queue.
 *
 * @example
 * await bulkJobConsumer({ body: { jobId: 'j1' } } as AsyncEvent);
 */
export async function bulkJobConsumer(event: AsyncEvent): Promise<void> {
  await runBulkJobSlice(event);
}
