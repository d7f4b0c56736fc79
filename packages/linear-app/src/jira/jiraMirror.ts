import { JIRA_DUPLICATE_FIELDS, type JiraRestIssue } from '@trailmap/trackers';
import type { JiraRest, JiraRestResult } from './jiraRest';

/** A Jira site's issues as the duplicate index needs them, kept in memory between jobs. */
export interface JiraMirror {
  /** Brings the mirror up to date and returns every mirrored issue. */
  sync(now: number): Promise<JiraRestResult<JiraRestIssue[]>>;
  /** What the last sync read: the whole projects or only what changed. */
  readonly lastRead: 'full' | 'incremental' | undefined;
}

/** The mirror reads the projects whole this often (so deleted issues leave); in between only changes. */
export const JIRA_FULL_REFRESH_MS = 15 * 60_000;
/** Bounded work per job: at most this many pages of 100 issues per sync. */
const MAX_PAGES = 50;

/**
 * A Jira mirror over REST search (`POST /rest/api/3/search/jql`, token paging): the first sync
 * reads the configured projects (`project in (…)`, most recently updated first, bounded), later
 * ones only issues updated since the last read (`updated >= -Nm`, a minute of overlap), with a
 * full re-read every {@link JIRA_FULL_REFRESH_MS}. Issues are kept as Jira returns them; trackers'
 * Jira REST mapping turns them into duplicate docs and known pairs.
 *
 * @example
 * const mirror = createJiraMirror(createJiraRest(connection), ['SUP']);
 * const issues = await mirror.sync(Date.now());
 */
export function createJiraMirror(jira: JiraRest, projects: readonly string[]): JiraMirror {
  const issues = new Map<string, JiraRestIssue>();
  let fullAt: number | undefined;
  let readAt: number | undefined;
  let lastRead: JiraMirror['lastRead'];
  const scope = `project in (${projects.map((p) => `"${p}"`).join(', ')})`;
  return {
    get lastRead() {
      return lastRead;
    },
    async sync(now) {
      const incremental = fullAt !== undefined && readAt !== undefined && now - fullAt < JIRA_FULL_REFRESH_MS;
      const minutes = readAt === undefined ? 0 : Math.ceil((now - readAt) / 60_000) + 1;
      const jql = incremental
        ? `${scope} AND updated >= -${minutes}m ORDER BY updated DESC`
        : `${scope} ORDER BY updated DESC`;
      const fresh = new Map<string, JiraRestIssue>();
      let token: string | undefined;
      let pages = 0;
      do {
        const page = await jira.search({
          jql,
          fields: JIRA_DUPLICATE_FIELDS,
          ...(token ? { nextPageToken: token } : {}),
        });
        if (!page.ok) return page;
        for (const issue of page.data.issues) fresh.set(issue.key, issue);
        token = page.data.nextPageToken;
      } while (token !== undefined && ++pages < MAX_PAGES);
      if (!incremental) {
        issues.clear();
        fullAt = now;
      }
      for (const [key, issue] of fresh) issues.set(key, issue);
      readAt = now;
      lastRead = incremental ? 'incremental' : 'full';
      return { ok: true, data: [...issues.values()] };
    },
  };
}
