import { randomUUID } from 'node:crypto';
import { startJob } from '../../services/bulkJobs';
import { loadSettings } from '../../storage/settings';

/**
 * `trigger` handler for `avi:forge:installed:app`: queues labeller training for every project
 * already configured as a feedback source (a reinstall or upgrade keeps KVS settings). A fresh
 * install has none; saving feedback settings on the admin page starts training then.
 *
 * @example
 * await onAppInstalled();
 */
export async function onAppInstalled(): Promise<void> {
  const settings = await loadSettings();
  for (const project of settings.feedback.projectKeys) {
    const r = await startJob('train-labeller', project, new Date(), randomUUID);
    if (!r.ok) console.warn(`training for ${project} not queued: ${r.error.kind}`);
  }
}
