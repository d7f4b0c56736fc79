import {
  createDuplicateMirror,
  type DuplicateMirror,
  type FittedThresholds,
  type KnownDuplicate,
  type VersionedDoc,
} from '@trailmap/core';
import { type JiraRestIssue, jiraDuplicateDoc, jiraKnownDuplicates } from '@trailmap/trackers';
import type { IssueNode } from '../../linear/documents/issuesPage';
import type { Store } from '../../storage/store';
import { createSnapshotStore } from '../../sync/snapshotStore';
import { loadWorkspaceData } from '../../sync/workspaceData';

// One duplicate index per team (with the Jira site's issues when a Jira connection is set), kept
// for the life of the process: each job syncs it with the mirrors (only changed issues are
// re-indexed) instead of rebuilding it.
const mirrors = new Map<string, DuplicateMirror>();

// Jira keys and Linear ids share one index: Jira docs are namespaced so they can never collide.
const JIRA_PREFIX = 'jira:';

/** One likely duplicate or related issue, in Linear or (cross-tracker) in Jira. */
export interface SimilarIssue {
  /** Linear issue id, or the Jira issue key. */
  id: string;
  score: number;
  verdict: 'duplicate' | 'related';
  /** `ENG-12` in Linear, `SUP-123` in Jira. */
  identifier: string;
  tracker: 'linear' | 'jira';
  /** The Jira issue's summary (for the attachment); undefined for Linear issues. */
  title?: string;
}

/**
 * The likely duplicates and related issues of `issue` within its team and, when `jira` is given,
 * among the Jira site's mirrored issues, all ranked in one core duplicate index. Thresholds are
 * learnt from the known duplicates of both trackers (Linear `duplicate` relations, Jira
 * "Duplicate" links and resolutions, read by trackers' Jira REST mapping); the defaults, said so
 * in the thresholds' notes, until about 20 are known.
 *
 * @example
 * const matches = await similarIssues(store, organizationId, issue, { issues: jiraIssues });
 */
export async function similarIssues(
  store: Store,
  organizationId: string,
  issue: IssueNode,
  jira?: { issues: readonly JiraRestIssue[] },
): Promise<SimilarIssue[]> {
  const data = await loadWorkspaceData(createSnapshotStore(store), organizationId);
  const pool = data.issues.filter((i) => i.team.id === issue.team.id && i.id !== issue.id);
  const jiraIssues = jira?.issues ?? [];
  if (pool.length === 0 && jiraIssues.length === 0) return [];
  const { mirror, thresholds } = teamIndex(
    organizationId,
    issue.team.id,
    pool,
    jiraIssues,
    jira !== undefined,
  );
  const identifiers = new Map(pool.map((i) => [i.id, i.identifier]));
  const summaries = new Map(jiraIssues.map((i) => [i.key, jiraDuplicateDoc(i).title]));
  return mirror.index
    .query(
      { id: issue.id, title: issue.title, body: issue.description ?? '' },
      { limit: 5, exclude: [issue.id] },
    )
    .filter((m) => m.score >= thresholds.suggest)
    .map((m): SimilarIssue => {
      const verdict = m.score >= thresholds.link ? 'duplicate' : 'related';
      if (m.id.startsWith(JIRA_PREFIX)) {
        const jiraKey = m.id.slice(JIRA_PREFIX.length);
        return {
          id: jiraKey,
          score: m.score,
          verdict,
          identifier: jiraKey,
          tracker: 'jira',
          title: summaries.get(jiraKey) ?? '',
        };
      }
      return {
        id: m.id,
        score: m.score,
        verdict,
        identifier: identifiers.get(m.id) ?? m.id,
        tracker: 'linear',
      };
    });
}

/**
 * The team's duplicate index (its Linear issues and, `withJira`, the Jira site's mirrored
 * issues), synced with the mirrors, and the thresholds learnt from both trackers' known pairs.
 */
function teamIndex(
  organizationId: string,
  teamId: string,
  pool: readonly IssueNode[],
  jiraIssues: readonly JiraRestIssue[],
  withJira: boolean,
): { mirror: DuplicateMirror; thresholds: FittedThresholds } {
  const key = `${organizationId}:${teamId}${withJira ? ':with-jira' : ''}`;
  const mirror = mirrors.get(key) ?? createDuplicateMirror();
  mirrors.set(key, mirror);
  const known: KnownDuplicate[] = [
    ...pool.flatMap((i) =>
      i.relations.nodes
        .filter((r) => r.type === 'duplicate')
        .map((r) => ({ duplicate: r.issue.id, original: r.relatedIssue.id })),
    ),
    ...jiraKnownDuplicates(jiraIssues).map((p) => ({
      duplicate: JIRA_PREFIX + p.duplicate,
      original: JIRA_PREFIX + p.original,
    })),
  ];
  const docs: VersionedDoc[] = [
    ...pool.map((i) => ({
      doc: { id: i.id, title: i.title, body: i.description ?? '' },
      version: i.updatedAt,
    })),
    ...jiraIssues.map((i) => ({
      doc: { ...jiraDuplicateDoc(i), id: JIRA_PREFIX + i.key },
      version: String(i.fields.updated ?? ''),
    })),
  ];
  return { mirror, thresholds: mirror.sync(docs, known) };
}

/** A Linear issue that a Jira issue likely duplicates (past the learnt link threshold). */
export interface LinearDuplicate {
  issue: IssueNode;
  score: number;
}

/**
 * The Linear issues that each of the mirrored Jira issues `queries` likely duplicates: each is
 * queried against the Linear side of every team's one index (the same index, thresholds and
 * learnt pairs the labelling job uses), and matches past the link threshold are kept, best
 * first. Related-only matches are not returned: there is nowhere in Jira to suggest them. The
 * workspace is read and each team's index synced once for all queries.
 *
 * @example
 * const byKey = await linearDuplicatesOfJira(store, organizationId, freshJiraIssues, mirroredJiraIssues);
 * byKey.get('SUP-200'); // => [{ issue, score }]
 */
export async function linearDuplicatesOfJira(
  store: Store,
  organizationId: string,
  queries: readonly JiraRestIssue[],
  jiraIssues: readonly JiraRestIssue[],
): Promise<Map<string, LinearDuplicate[]>> {
  const out = new Map<string, LinearDuplicate[]>(queries.map((q) => [q.key, []]));
  if (queries.length === 0) return out;
  const data = await loadWorkspaceData(createSnapshotStore(store), organizationId);
  const byTeam = new Map<string, IssueNode[]>();
  for (const i of data.issues) {
    const team = byTeam.get(i.team.id);
    if (team) team.push(i);
    else byTeam.set(i.team.id, [i]);
  }
  const byId = new Map(data.issues.map((i) => [i.id, i]));
  // Jira docs of the index (the query among them) are skipped: Jira-to-Jira duplicates are Jira's own business.
  const jiraIds = jiraIssues.map((i) => JIRA_PREFIX + i.key);
  for (const [teamId, pool] of byTeam) {
    const { mirror, thresholds } = teamIndex(organizationId, teamId, pool, jiraIssues, true);
    for (const query of queries) {
      const doc = { ...jiraDuplicateDoc(query), id: JIRA_PREFIX + query.key };
      for (const m of mirror.index.query(doc, { limit: 5, exclude: jiraIds })) {
        const issue = byId.get(m.id);
        if (issue && m.score >= thresholds.link) out.get(query.key)!.push({ issue, score: m.score });
      }
    }
  }
  for (const matches of out.values()) matches.sort((a, b) => b.score - a.score);
  return out;
}
