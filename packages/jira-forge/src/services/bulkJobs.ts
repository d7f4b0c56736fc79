import { Queue } from '@forge/events';
import { type AppResult, fail, ok } from '../errors/appError';
import { activeJob, type Job, type JobKind, loadJob, rememberJob, storeJob } from '../storage/jobs';

/** The async-events queue named in manifest.yml. */
export const BULK_QUEUE_KEY = 'trailmap-bulk-jobs';

/** The event body the consumer receives: which job, and where to resume. */
export interface BulkJobEvent extends Record<string, unknown> {
  jobId: string;
  pageToken?: string;
}

/**
 * Pushes one slice of a job onto the queue.
 *
 * @example
 * await enqueueSlice({ jobId: 'j1', pageToken: 'abc' });
 */
export async function enqueueSlice(event: BulkJobEvent): Promise<void> {
  await new Queue({ key: BULK_QUEUE_KEY }).push({ body: event });
}

/**
 * Starts a bulk job unless one of the same kind is already running for the project.
 *
 * @example
 * await startJob('rescore-project', 'PM', new Date(), () => crypto.randomUUID());
 */
export async function startJob(
  kind: JobKind,
  projectKey: string,
  now: Date,
  newId: () => string,
  jql?: string,
  total?: number,
): Promise<AppResult<Job>> {
  const running = await activeJob(kind, projectKey);
  if (running) return fail({ kind: 'job_already_running', jobId: running.id });
  const at = now.toISOString();
  const job: Job = {
    id: newId(),
    kind,
    projectKey,
    ...(jql ? { jql } : {}),
    ...(total === undefined ? {} : { total }),
    status: 'queued',
    cancelRequested: false,
    pages: 0,
    processed: 0,
    changed: 0,
    slices: 0,
    createdAt: at,
    updatedAt: at,
  };
  await storeJob(job);
  await rememberJob(job.id);
  await enqueueSlice({ jobId: job.id });
  return ok(job);
}

/**
 * Flags a job for cancellation; the consumer stops at the next page boundary.
 *
 * @example
 * await requestCancel('j1', new Date());
 */
export async function requestCancel(jobId: string, now: Date): Promise<AppResult<Job>> {
  const job = await loadJob(jobId);
  if (!job) return fail({ kind: 'job_not_found', jobId });
  if (job.status === 'done' || job.status === 'failed' || job.status === 'cancelled') return ok(job);
  const updated = { ...job, cancelRequested: true, updatedAt: now.toISOString() };
  await storeJob(updated);
  return ok(updated);
}
