import { MoveIssue } from '../linear/documents/issueWrites';
import type { LinearApi, LinearApiError } from '../linear/linearApi';
import type { SnapshotStore } from '../sync/snapshotStore';
import type { PlannedMove } from './planCycles';

/** What an apply did. */
export interface ApplyReport {
  mutations: number;
  /** Moves skipped because the issue already sat where the plan puts it. */
  alreadyDone: number;
  failed: { key: string; error: LinearApiError }[];
}

/** Where moves go: cycles (team plans) or project milestones (project plans). */
export interface MoveTarget {
  /** The `IssueUpdateInput` field set, and nothing else. */
  field: 'cycleId' | 'projectMilestoneId';
  /** The mirror field holding the issue's current target. */
  mirrorField: 'cycle' | 'projectMilestone';
  /** The mirror value for a target id (e.g. `{ id, number, name }` of a cycle). */
  describe: (id: string) => Promise<Record<string, unknown> | undefined>;
}

/**
 * Applies moves with `issueUpdate(id, { cycleId | projectMilestoneId })`, one per issue that is
 * not yet where the plan puts it (read from the mirror, which is updated after each success), so
 * a retried apply after a crash sends only the missing moves and a repeated apply sends none.
 *
 * @example
 * const report = await applyMoves(api, snapshots, organizationId, preview.moves, cycleTarget(snapshots, organizationId));
 */
export async function applyMoves(
  api: LinearApi,
  snapshots: SnapshotStore,
  organizationId: string,
  moves: readonly PlannedMove[],
  target: MoveTarget,
): Promise<ApplyReport> {
  const report: ApplyReport = { mutations: 0, alreadyDone: 0, failed: [] };
  for (const move of moves) {
    const row = (await snapshots.get(organizationId, 'issues', move.issueId)) as
      | (Record<string, unknown> & { updatedAt: string })
      | undefined;
    const current = (row?.[target.mirrorField] as { id?: string } | null | undefined)?.id ?? null;
    if (row && current === move.toCycleId) {
      report.alreadyDone++;
      continue;
    }
    const result = await api.request(MoveIssue, {
      id: move.issueId,
      input: { [target.field]: move.toCycleId },
    });
    report.mutations++;
    if (!result.ok || !result.value.issueUpdate.success) {
      report.failed.push({
        key: move.key,
        error: result.ok
          ? { code: 'other', operation: 'MoveIssue', message: 'Linear refused the update' }
          : result.error,
      });
      continue;
    }
    if (row) {
      const value = move.toCycleId ? ((await target.describe(move.toCycleId)) ?? null) : null;
      await snapshots.upsert(organizationId, 'issues', [
        { id: move.issueId, updatedAt: row.updatedAt, data: { ...row, [target.mirrorField]: value } },
      ]);
    }
  }
  return report;
}

/**
 * Moves into team cycles; the mirror gets the cycle's `{ id, number, name }`.
 *
 * @example
 * cycleTarget(snapshots, organizationId).field; // => 'cycleId'
 */
export function cycleTarget(snapshots: SnapshotStore, organizationId: string): MoveTarget {
  return {
    field: 'cycleId',
    mirrorField: 'cycle',
    describe: async (id) => {
      const c = (await snapshots.get(organizationId, 'cycles', id)) as
        | { id: string; number: number; name: string | null }
        | undefined;
      return c ? { id: c.id, number: c.number, name: c.name } : undefined;
    },
  };
}

/**
 * Moves into project milestones; the mirror gets the milestone's `{ id, name }`.
 *
 * @example
 * milestoneTarget(new Map([['ms-1', 'Beta']])).field; // => 'projectMilestoneId'
 */
export function milestoneTarget(names: ReadonlyMap<string, string>): MoveTarget {
  return {
    field: 'projectMilestoneId',
    mirrorField: 'projectMilestone',
    describe: async (id) => {
      const name = names.get(id);
      return name === undefined ? undefined : { id, name };
    },
  };
}
