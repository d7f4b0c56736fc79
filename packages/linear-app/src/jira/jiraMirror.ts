import { createHash } from 'node:crypto';
import { JIRA_DUPLICATE_FIELDS, type JiraRestIssue } from '@trailmap/trackers';
import { z } from 'zod';
import type { Store } from '../storage/store';
import type { JiraRest, JiraRestResult } from './jiraRest';

/** A Jira site's issues as the duplicate index needs them, kept in the app's database. */
export interface JiraMirror {
  /** The mirror's key in storage: the site and the project scope it reads. */
  readonly name: string;
  /** Brings the stored mirror up to date and returns every mirrored issue. */
  sync(db: Store, now: number): Promise<JiraRestResult<JiraRestIssue[]>>;
  /** What the last sync read: the whole projects or only what changed. */
  readonly lastRead: 'full' | 'incremental' | undefined;
}

/** The mirror reads the projects whole this often (so deleted issues leave); in between only changes. */
export const JIRA_FULL_REFRESH_MS = 15 * 60_000;
/** Bounded work per job: at most this many pages of 100 issues per sync. */
const MAX_PAGES = 50;

const StoredIssue = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  key: z.string(),
  fields: z.record(z.string(), z.unknown()),
});

/**
 * The version a mirrored issue is stored (and matched) at: a digest of what Jira returned, so
 * any change to the mirrored fields counts, even one that left `updated` alone.
 */
export const jiraIssueVersion = (issue: JiraRestIssue) =>
  createHash('sha256').update(JSON.stringify(issue)).digest('base64url');

/**
 * A Jira mirror over REST search (`POST /rest/api/3/search/jql`, token paging), stored in the
 * app's database (tables `jira_mirrors`, `jira_mirror_issues`: migration 150) so a restart or a
 * second worker continues incrementally: the first sync reads the configured projects
 * (`project in (…)`, most recently updated first, bounded), later ones only issues updated since
 * the last read (`updated >= -Nm`, a minute of overlap), with a full re-read every
 * {@link JIRA_FULL_REFRESH_MS} that drops issues no longer returned (unless the read was cut at
 * the page bound). Issues are kept as Jira returns them; trackers' Jira REST mapping turns them
 * into duplicate docs and known pairs. Re-reading the same issue is idempotent.
 *
 * @example
 * const mirror = createJiraMirror(createJiraRest(connection), { site: connection.baseUrl, projects: ['SUP'] });
 * const issues = await mirror.sync(store, Date.now());
 */
export function createJiraMirror(
  jira: JiraRest,
  scope: { site: string; projects: readonly string[] },
): JiraMirror {
  const projects = `project in (${scope.projects.map((p) => `"${p}"`).join(', ')})`;
  const name = `${scope.site} ${projects}`;
  let lastRead: JiraMirror['lastRead'];
  return {
    name,
    get lastRead() {
      return lastRead;
    },
    async sync(db, now) {
      const state = await db.get<{ full_at: number; read_at: number }>(
        'SELECT full_at, read_at FROM jira_mirrors WHERE mirror = ?',
        [name],
      );
      const incremental = state !== undefined && now - Number(state.full_at) < JIRA_FULL_REFRESH_MS;
      const minutes = state === undefined ? 0 : Math.ceil((now - Number(state.read_at)) / 60_000) + 1;
      const jql = incremental
        ? `${projects} AND updated >= -${minutes}m ORDER BY updated DESC`
        : `${projects} ORDER BY updated DESC`;
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
        for (const issue of page.value.issues) fresh.set(issue.key, issue);
        token = page.value.nextPageToken;
      } while (token !== undefined && ++pages < MAX_PAGES);
      const complete = token === undefined;
      await db.transaction(async (tx) => {
        if (!incremental && complete) {
          // Gone from a complete full read: deleted or moved out of the projects.
          const stored = await tx.all<{ issue_key: string }>(
            'SELECT issue_key FROM jira_mirror_issues WHERE mirror = ?',
            [name],
          );
          for (const { issue_key } of stored)
            if (!fresh.has(issue_key))
              await tx.run('DELETE FROM jira_mirror_issues WHERE mirror = ? AND issue_key = ?', [
                name,
                issue_key,
              ]);
        }
        for (const [key, issue] of fresh)
          await tx.run(
            `INSERT INTO jira_mirror_issues (mirror, issue_key, version, data) VALUES (?, ?, ?, ?)
             ON CONFLICT (mirror, issue_key) DO UPDATE SET version = excluded.version, data = excluded.data`,
            [name, key, jiraIssueVersion(issue), JSON.stringify(issue)],
          );
        await tx.run(
          `INSERT INTO jira_mirrors (mirror, full_at, read_at) VALUES (?, ?, ?)
           ON CONFLICT (mirror) DO UPDATE SET full_at = excluded.full_at, read_at = excluded.read_at`,
          [name, incremental && state ? Number(state.full_at) : now, now],
        );
      });
      lastRead = incremental ? 'incremental' : 'full';
      return { ok: true, value: await storedJiraIssues(db, name) };
    },
  };
}

/**
 * Every issue stored under mirror `name`, by key. A row that no longer parses (written by an
 * older version) is skipped; the next full read replaces it.
 */
export async function storedJiraIssues(db: Store, name: string): Promise<JiraRestIssue[]> {
  const rows = await db.all<{ data: string }>(
    'SELECT data FROM jira_mirror_issues WHERE mirror = ? ORDER BY issue_key',
    [name],
  );
  return rows.flatMap((r) => {
    const parsed = StoredIssue.safeParse(JSON.parse(r.data));
    return parsed.success ? [parsed.data] : [];
  });
}
