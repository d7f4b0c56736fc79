import { randomUUID } from 'node:crypto';
import { toUserMessage } from '../../errors/toUserMessage';
import { createJiraClient, type JiraClient } from '../../jira/jiraClient';
import { startJob } from '../../services/bulkJobs';
import { rescoreIssues } from '../../services/rescoreIssues';
import { loadSettings } from '../../storage/settings';

/** Issues changed in the last day; `updated >= -1d` keeps the JQL bounded as search/jql requires. */
export const DAILY_JQL = 'updated >= -1d';
/** Job "project" for site-wide runs; KVS keys allow no `*`, so it is a plain word. */
export const ALL_PROJECTS = 'ALL_PROJECTS';
/** Pages handled inline before handing the rest to the bulk queue (≈ 20,000 issues). */
export const DAILY_INLINE_PAGES = 200;

/**
 * Rescores issues changed in the last day and refreshes the "Priority score" field. If more
 * remain than one invocation should handle, the rest continues as a queued bulk job.
 *
 * @example
 * await runDailyRescore(createJiraClient(), () => new Date());
 */
export async function runDailyRescore(jira: JiraClient, now: () => Date, inlinePages = DAILY_INLINE_PAGES) {
  const settings = await loadSettings();
  const r = await rescoreIssues(jira, { jql: DAILY_JQL, settings, maxPages: inlinePages });
  if (!r.ok) {
    console.error(`daily rescore failed: ${toUserMessage(r.error)}`);
    return { ok: false as const, message: toUserMessage(r.error) };
  }
  if (r.value.nextPageToken) {
    // The remainder restarts from the top under the queue's own budget; unchanged issues cost no writes.
    await startJob('rescore-project', ALL_PROJECTS, now(), randomUUID, DAILY_JQL);
  }
  return { ok: true as const, progress: r.value.progress, handedOff: r.value.nextPageToken !== undefined };
}

/**
 * `scheduledTrigger` handler (daily). Forge counts only `{ statusCode: 204 }` as success; any
 * other answer is recorded as a failed run (PLATFORMS.md §1.7).
 *
 * @example
 * await dailyRescore(); // { statusCode: 204 }
 */
export async function dailyRescore(): Promise<{ statusCode: 204 | 500 }> {
  const r = await runDailyRescore(createJiraClient({ actor: 'app' }), () => new Date());
  return { statusCode: r.ok ? 204 : 500 };
}
