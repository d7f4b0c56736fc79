import { kvs } from '@forge/kvs';
import { z } from 'zod';

/** Kinds of bulk job the consumer runs. */
export const JobKindSchema = z.enum(['rescore-project', 'train-labeller']);
export type JobKind = z.infer<typeof JobKindSchema>;

/**
 * A bulk job's state in KVS: the admin page polls it, the consumer advances it, and a cancel
 * request is a flag the consumer reads between pages.
 *
 * @example
 * JobSchema.parse({ id: 'j1', kind: 'rescore-project', projectKey: 'PM', status: 'queued', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' });
 */
export const JobSchema = z.object({
  id: z.string().min(1),
  kind: JobKindSchema,
  projectKey: z.string(),
  /** Bounded JQL the job walks; defaults to the whole project. */
  jql: z.string().optional(),
  status: z.enum(['queued', 'running', 'done', 'cancelled', 'failed']),
  cancelRequested: z.boolean().default(false),
  /** Jira's approximate count of matching issues at start, for the progress bar. */
  total: z.number().int().nonnegative().optional(),
  pages: z.number().int().default(0),
  processed: z.number().int().default(0),
  changed: z.number().int().default(0),
  /** Where the next slice starts (Jira's nextPageToken). */
  nextPageToken: z.string().optional(),
  /** How many times the consumer re-queued itself (each slice stays under the 900 s limit). */
  slices: z.number().int().default(0),
  error: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Job = z.infer<typeof JobSchema>;

const jobKey = (id: string) => `job:${id}`;
const activeKey = (kind: JobKind, projectKey: string) => `job-active:${kind}:${projectKey}`;
const RECENT_KEY = 'jobs:recent';

/**
 * Reads a job; unknown ids are `undefined`.
 *
 * @example
 * await loadJob('j1');
 */
export async function loadJob(id: string): Promise<Job | undefined> {
  const parsed = JobSchema.safeParse(await kvs.get(jobKey(id)));
  return parsed.success ? parsed.data : undefined;
}

/**
 * Writes a job and keeps the "one active job per kind and project" pointer in step.
 *
 * @example
 * await storeJob({ ...job, status: 'done' });
 */
export async function storeJob(job: Job): Promise<void> {
  await kvs.set(jobKey(job.id), job);
  const finished = job.status === 'done' || job.status === 'cancelled' || job.status === 'failed';
  if (finished) await kvs.delete(activeKey(job.kind, job.projectKey));
  else await kvs.set(activeKey(job.kind, job.projectKey), job.id);
}

/**
 * The running job of this kind for a project, if any.
 *
 * @example
 * await activeJob('rescore-project', 'PM'); // => Job | undefined
 */
export async function activeJob(kind: JobKind, projectKey: string): Promise<Job | undefined> {
  const id = await kvs.get<string>(activeKey(kind, projectKey));
  return typeof id === 'string' ? loadJob(id) : undefined;
}

/**
 * Remembers the last 20 job ids for the admin page.
 *
 * @example
 * await rememberJob('j1'); await recentJobIds(); // => ['j1', …]
 */
export async function rememberJob(id: string): Promise<void> {
  const ids = (await recentJobIds()).filter((x) => x !== id);
  await kvs.set(RECENT_KEY, [id, ...ids].slice(0, 20));
}

/**
 * Most recent job ids first.
 *
 * @example
 * await recentJobIds(); // => ['j2', 'j1']
 */
export async function recentJobIds(): Promise<string[]> {
  const raw = await kvs.get<unknown>(RECENT_KEY);
  return Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : [];
}
