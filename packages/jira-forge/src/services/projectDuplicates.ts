import {
  createDuplicateMirror,
  type DuplicateMirror,
  type FittedThresholds,
  type VersionedDoc,
} from '@trailmap/core/dedupe';
import { JIRA_DUPLICATE_FIELDS, jiraDuplicateDoc, jiraKnownDuplicates } from '@trailmap/trackers';
import { type AppResult, ok } from '../errors/appError';
import type { JiraClient } from '../jira/jiraClient';
import type { JiraIssue } from '../jira/jiraSchemas';
import { forEachSearchPage } from '../jira/searchIssues';
import { saveDuplicateReport } from '../storage/duplicateReports';

/** What a search for duplicate search brings back per issue. */
export const DUPLICATE_SEARCH_FIELDS = [...JIRA_DUPLICATE_FIELDS, 'project'];
// Bounded work per invocation: 10 pages of 100 issues, the most recently updated first.
const MAX_PAGES = 10;
// The app-side mirror re-reads the whole project this often (to drop deleted issues); in between
// it asks Jira only for what changed since its last read.
export const FULL_REFRESH_MS = 15 * 60_000;

/** A project's duplicate index, brought up to date. */
export interface ProjectDuplicates {
  mirror: DuplicateMirror;
  thresholds: FittedThresholds;
  /** The mirrored issues by key (summaries, links). */
  issues: ReadonlyMap<string, JiraIssue>;
  /** How this sync read Jira. */
  read: 'full' | 'incremental';
}

interface Cached {
  mirror: DuplicateMirror;
  issues: Map<string, JiraIssue>;
  fullAt: number;
  readAt: number;
}

// Kept across invocations while the Forge runtime is warm, so only changed issues are re-read
// and re-indexed. Keyed by actor too: a user's view must never contain issues only the app sees.
const cache = new Map<string, Cached>();

/**
 * Brings a project's duplicate index up to date and returns it with the thresholds learnt from
 * the project's own duplicates (Jira "Duplicate" links and the "Duplicate" resolution, read by
 * trackers' Jira REST mapping). As the app (`incremental: true`) only issues updated since the
 * last read are fetched, with a full re-read every {@link FULL_REFRESH_MS}; as a user every call
 * re-reads the project, so the index holds exactly what that user may browse. Each refit is stored
 * as the project's duplicate report (precision and recall for the admin).
 *
 * @example
 * const d = await projectDuplicates(jira, 'SUP', { scope: 'app', incremental: true, now: Date.now() });
 * if (d.ok) d.value.mirror.index.query({ id: 'q', title: 'Crash on save' });
 */
export async function projectDuplicates(
  jira: JiraClient,
  projectKey: string,
  options: { scope: 'app' | 'user'; incremental: boolean; now: number },
): Promise<AppResult<ProjectDuplicates>> {
  const cacheKey = `${options.scope}:${projectKey}`;
  const cached = cache.get(cacheKey);
  const incremental =
    options.incremental && cached !== undefined && options.now - cached.fullAt < FULL_REFRESH_MS;
  const fresh = new Map<string, JiraIssue>();
  // A minute of overlap: Jira's relative dates count whole minutes.
  const minutes = cached ? Math.ceil((options.now - cached.readAt) / 60_000) + 1 : 0;
  const jql = incremental
    ? `project = "${projectKey}" AND updated >= -${minutes}m ORDER BY updated DESC`
    : `project = "${projectKey}" ORDER BY updated DESC`;
  const searched = await forEachSearchPage(
    jira,
    { jql, fields: DUPLICATE_SEARCH_FIELDS },
    (page) => {
      for (const issue of page.issues) fresh.set(issue.key, issue);
      return true;
    },
    { maxPages: MAX_PAGES },
  );
  if (!searched.ok) return searched;
  const entry: Cached =
    incremental && cached
      ? { ...cached, readAt: options.now }
      : {
          mirror: cached?.mirror ?? createDuplicateMirror(),
          issues: new Map(),
          fullAt: options.now,
          readAt: options.now,
        };
  for (const [key, issue] of fresh) entry.issues.set(key, issue);
  cache.set(cacheKey, entry);
  const docs: VersionedDoc[] = [...entry.issues.values()].map((issue) => ({
    doc: jiraDuplicateDoc(issue),
    version: String(issue.fields.updated ?? ''),
  }));
  const thresholds = entry.mirror.sync(docs, jiraKnownDuplicates(entry.issues.values()));
  if (entry.mirror.lastSync.refitted && options.scope === 'app') {
    await saveDuplicateReport(projectKey, thresholds, entry.mirror.index.size, new Date(options.now));
  }
  return ok({
    mirror: entry.mirror,
    thresholds,
    issues: entry.issues,
    read: incremental ? 'incremental' : 'full',
  });
}

/** Forgets every kept mirror, as a cold Forge runtime starts (tests call it between cases). */
export function forgetProjectDuplicates(): void {
  cache.clear();
}
