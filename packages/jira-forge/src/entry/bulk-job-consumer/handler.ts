import { z } from 'zod';
import { toUserMessage } from '../../errors/toUserMessage';
import { createJiraClient, type JiraClient } from '../../jira/jiraClient';
import { enqueueSlice } from '../../services/bulkJobs';
import { trainLabellerSlice } from '../../services/feedbackTraining';
import { rescoreIssues } from '../../services/rescoreIssues';
import { type Job, loadJob, storeJob } from '../../storage/jobs';
import { loadSettings } from '../../storage/settings';

/** Pages per invocation: 50 × 100 issues stays far inside the 900 s consumer limit. */
export const PAGES_PER_SLICE = 50;

const EventBodySchema = z.object({ jobId: z.string().min(1), pageToken: z.string().optional() });

/** Injectable effects, for tests. */
export interface ConsumerDeps {
  jira: JiraClient;
  now: () => Date;
  pagesPerSlice?: number;
}

/**
 * Runs one slice of a bulk job and re-queues itself with the next page token. Between pages it
 * re-reads the job so a cancel from the admin page stops it within one page. A redelivered event
 * (its token no longer matches the job's) is ignored, so slices never run twice.
 *
 * @example
 * await runBulkJobSlice({ body: { jobId: 'j1' } });
 */
export async function runBulkJobSlice(
  event: { body: unknown },
  deps: ConsumerDeps = { jira: createJiraClient({ actor: 'app' }), now: () => new Date() },
): Promise<void> {
  const body = EventBodySchema.safeParse(event.body);
  if (!body.success) {
    console.error('bulk job event ignored: malformed body');
    return;
  }
  const job = await loadJob(body.data.jobId);
  if (!job || job.status === 'done' || job.status === 'cancelled' || job.status === 'failed') return;
  if (job.nextPageToken !== body.data.pageToken) return;
  const save = (patch: Partial<Job>) => storeJob({ ...job, ...patch, updatedAt: deps.now().toISOString() });
  if (job.cancelRequested) return save({ status: 'cancelled' });
  await save({ status: 'running', slices: job.slices + 1 });

  const shouldStop = async () => (await loadJob(job.id))?.cancelRequested === true;
  const slice =
    job.kind === 'rescore-project'
      ? await rescoreIssues(deps.jira, {
          jql: job.jql ?? `project = "${job.projectKey}"`,
          settings: await loadSettings(),
          maxPages: deps.pagesPerSlice ?? PAGES_PER_SLICE,
          shouldStop,
          ...(body.data.pageToken ? { startToken: body.data.pageToken } : {}),
          onPage: async (p) =>
            save({
              status: 'running',
              slices: job.slices + 1,
              pages: job.pages + p.pages,
              processed: job.processed + p.scanned,
              changed: job.changed + p.changed,
            }),
        })
      : await trainLabellerSlice(deps.jira, {
          projectKey: job.projectKey,
          pageToken: body.data.pageToken,
          maxPages: deps.pagesPerSlice ?? PAGES_PER_SLICE,
          shouldStop,
        });

  const latest = (await loadJob(job.id)) ?? job;
  const stamp = { updatedAt: deps.now().toISOString() };
  if (!slice.ok) {
    await storeJob({ ...latest, ...stamp, status: 'failed', error: toUserMessage(slice.error) });
    return;
  }
  const { nextPageToken, stopped } = slice.value;
  if (stopped || latest.cancelRequested) {
    await storeJob({ ...latest, ...stamp, status: 'cancelled' });
  } else if (nextPageToken) {
    const { nextPageToken: _old, ...rest } = latest;
    await storeJob({ ...rest, ...stamp, status: 'running', nextPageToken });
    await enqueueSlice({ jobId: job.id, pageToken: nextPageToken });
  } else {
    const { nextPageToken: _old, ...rest } = latest;
    await storeJob({ ...rest, ...stamp, status: 'done' });
  }
}
