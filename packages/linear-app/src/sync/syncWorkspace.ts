import type { IssueNode } from '../linear/documents/issuesPage';
import { IssuesPage } from '../linear/documents/issuesPage';
import {
  CustomerNeedsPage,
  CyclesPage,
  InitiativesPage,
  IssueRelationsRest,
  ProjectsPage,
  TeamsPage,
} from '../linear/documents/workspacePages';
import type { LinearApi, LinearApiError } from '../linear/linearApi';
import type { Clock } from '../linear/rateLimitGate';
import { paginate } from './paginate';
import type { SnapshotRow, SnapshotStore, SyncEntity } from './snapshotStore';

/** Options of one sync run. */
export interface SyncOptions {
  api: LinearApi;
  snapshots: SnapshotStore;
  organizationId: string;
  clock: Clock;
  /** Issues per request; Linear allows up to 250, 100 keeps one page well under the complexity cap. */
  pageSize?: number;
  /** Entities to sync (default: all). */
  entities?: readonly SyncEntity[];
  /**
   * How far behind our own clock the cursor is kept. An item changed while a long sync runs can
   * move to a page already read; keeping the cursor before the run started re-reads it next time.
   */
  overlapMs?: number;
}

/** What one sync run did, per entity. */
export interface SyncReport {
  ok: boolean;
  entities: Partial<
    Record<SyncEntity, { rows: number; pages: number; since: string | null; cursor: string | null }>
  >;
  /** Follow-up requests for issues with more nested rows than the bulk page carries inline. */
  overflowRequests: number;
  error?: LinearApiError;
}

const ALL: readonly SyncEntity[] = ['teams', 'cycles', 'projects', 'initiatives', 'customerNeeds', 'issues'];

/**
 * Mirrors a Linear workspace into the store: for each entity, every node changed since the stored
 * cursor (`updatedAt > cursor`), one nested query per page, never a per-item lazy fetch. The
 * cursor only advances after an entity synced completely, so a failed run resumes safely.
 *
 * @example
 * const report = await syncWorkspace({ api, snapshots, organizationId, clock });
 */
export async function syncWorkspace(options: SyncOptions): Promise<SyncReport> {
  const pageSize = options.pageSize ?? 100;
  const report: SyncReport = { ok: true, entities: {}, overflowRequests: 0 };
  for (const entity of options.entities ?? ALL) {
    const startedAt = options.clock.now();
    const since = await options.snapshots.getCursor(options.organizationId, entity);
    let maxSeen: string | undefined;
    let rows = 0;
    const save = async (nodes: { id: string; updatedAt?: string }[]) => {
      const batch: SnapshotRow[] = nodes.map((n) => ({ id: n.id, updatedAt: n.updatedAt ?? '', data: n }));
      for (const row of batch)
        if (row.updatedAt && (!maxSeen || row.updatedAt > maxSeen)) maxSeen = row.updatedAt;
      rows += batch.length;
      await options.snapshots.upsert(options.organizationId, entity, batch);
      return undefined;
    };
    const filter = since ? { updatedAt: { gt: since } } : null;
    const result = await syncEntity(entity, options.api, filter, pageSize, save, report);
    if (!result.ok) {
      report.ok = false;
      report.error = result.error;
      report.entities[entity] = { rows, pages: result.pages, since: since ?? null, cursor: since ?? null };
      return report;
    }
    const cursor = nextCursor(since, maxSeen, startedAt - (options.overlapMs ?? 5 * 60_000));
    if (cursor && cursor !== since)
      await options.snapshots.setCursor(options.organizationId, entity, cursor, startedAt);
    report.entities[entity] = { rows, pages: result.pages, since: since ?? null, cursor: cursor ?? null };
  }
  return report;
}

/** The newest change seen, but never later than (run start − overlap), never behind the old cursor. */
function nextCursor(
  since: string | undefined,
  maxSeen: string | undefined,
  floorMs: number,
): string | undefined {
  const floor = new Date(Math.max(0, floorMs)).toISOString();
  // An empty first sync still completes: the workspace is known to be read up to the floor.
  if (!maxSeen) return since ?? floor;
  const capped = maxSeen < floor ? maxSeen : floor;
  return since && since > capped ? since : capped;
}

type Save = (nodes: { id: string; updatedAt?: string }[]) => Promise<undefined>;

async function syncEntity(
  entity: SyncEntity,
  api: LinearApi,
  filter: Record<string, unknown> | null,
  pageSize: number,
  save: Save,
  report: SyncReport,
) {
  switch (entity) {
    case 'teams':
      return paginate(api, TeamsPage, 'teams', {}, pageSize, (nodes) =>
        save(nodes.map((n) => ({ ...n, updatedAt: '' }))),
      );
    case 'cycles':
      return paginate(api, CyclesPage, 'cycles', { filter }, pageSize, save);
    case 'projects':
      return paginate(api, ProjectsPage, 'projects', { filter }, pageSize, save);
    case 'initiatives':
      return paginate(api, InitiativesPage, 'initiatives', { filter }, pageSize, save);
    case 'customerNeeds':
      return paginate(api, CustomerNeedsPage, 'customerNeeds', { filter }, pageSize, save);
    case 'issues':
      return paginate(api, IssuesPage, 'issues', { filter }, pageSize, async (nodes) => {
        const complete = await completeOverflow(api, nodes, report);
        if (!complete.ok) return { error: complete.error };
        return save(complete.nodes);
      });
  }
}

/** Fetches the rest of any nested list that did not fit inline (labels, relations, needs). */
async function completeOverflow(
  api: LinearApi,
  nodes: IssueNode[],
  report: SyncReport,
): Promise<{ ok: true; nodes: IssueNode[] } | { ok: false; error: LinearApiError }> {
  const out: IssueNode[] = [];
  for (const node of nodes) {
    const overflow = [node.labels, node.relations, node.inverseRelations, node.needs].some(
      (c) => c.pageInfo.hasNextPage,
    );
    if (!overflow) {
      out.push(node);
      continue;
    }
    report.overflowRequests++;
    const rest = await api.request(IssueRelationsRest, { id: node.id });
    if (!rest.ok) return { ok: false, error: rest.error };
    const { labels, relations, inverseRelations, needs } = rest.value.issue;
    out.push({ ...node, labels, relations, inverseRelations, needs });
  }
  return { ok: true, nodes: out };
}
