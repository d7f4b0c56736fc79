import { createDuplicateMirror, type DuplicateMirror, type KnownDuplicate } from '@trailmap/core';
import type { IssueNode } from '../../linear/documents/issuesPage';
import type { Store } from '../../storage/store';
import { createSnapshotStore } from '../../sync/snapshotStore';
import { loadWorkspaceData } from '../../sync/workspaceData';

// One duplicate index per team, kept for the life of the process: each job syncs it with the
// mirror (only changed issues are re-indexed) instead of rebuilding it.
const mirrors = new Map<string, DuplicateMirror>();

/**
 * The likely duplicates and related issues of `issue` within its team, scored by core's
 * duplicate index with thresholds learnt from the team's own `duplicate` relations (the
 * defaults, said so in the thresholds' notes, until about 20 are known).
 *
 * @example
 * const matches = await similarIssues(store, organizationId, issue);
 */
export async function similarIssues(store: Store, organizationId: string, issue: IssueNode) {
  const data = await loadWorkspaceData(createSnapshotStore(store), organizationId);
  const pool = data.issues.filter((i) => i.team.id === issue.team.id && i.id !== issue.id);
  if (pool.length === 0) return [];
  const key = `${organizationId}:${issue.team.id}`;
  const mirror = mirrors.get(key) ?? createDuplicateMirror();
  mirrors.set(key, mirror);
  const known: KnownDuplicate[] = pool.flatMap((i) =>
    i.relations.nodes
      .filter((r) => r.type === 'duplicate')
      .map((r) => ({ duplicate: r.issue.id, original: r.relatedIssue.id })),
  );
  const thresholds = mirror.sync(
    pool.map((i) => ({ doc: { id: i.id, title: i.title, body: i.description ?? '' }, version: i.updatedAt })),
    known,
  );
  const identifiers = new Map(pool.map((i) => [i.id, i.identifier]));
  return mirror.index
    .query(
      { id: issue.id, title: issue.title, body: issue.description ?? '' },
      { limit: 5, exclude: [issue.id] },
    )
    .filter((m) => m.score >= thresholds.suggest)
    .map((m) => ({
      id: m.id,
      score: m.score,
      verdict: m.score >= thresholds.link ? ('duplicate' as const) : ('related' as const),
      identifier: identifiers.get(m.id) ?? m.id,
    }));
}
