import { MoveIssue } from '../linear/documents/issueWrites.ts';
import type { LinearApi, LinearApiError } from '../linear/linearApi.ts';
import type { SnapshotStore } from '../sync/snapshotStore.ts';
import type { PlannedMove } from './planCycles.ts';

/** What an apply did. */
export interface ApplyReport {
  mutations: number;
  /** Moves skipped because the issue already sat where the plan puts it. */
  alreadyDone: number;
  failed: { key: string; error: LinearApiError }[];
}

/**
 * Applies moves with `issueUpdate(cycleId)`, one per issue that is not yet where the plan puts
 * it (read from the mirror, which is updated after each success), so a retried apply after a
 * crash sends only the missing moves and a repeated apply sends none.
 *
 * @example
 * const report = await applyMoves(api, snapshots, organizationId, preview.moves);
 */
export async function applyMoves(
  api: LinearApi,
  snapshots: SnapshotStore,
  organizationId: string,
  moves: readonly PlannedMove[],
): Promise<ApplyReport> {
  const report: ApplyReport = { mutations: 0, alreadyDone: 0, failed: [] };
  for (const move of moves) {
    const row = (await snapshots.get(organizationId, 'issues', move.issueId)) as
      | { cycle: { id: string } | null; updatedAt: string }
      | undefined;
    if (row && (row.cycle?.id ?? null) === move.toCycleId) {
      report.alreadyDone++;
      continue;
    }
    const result = await api.request(MoveIssue, { id: move.issueId, input: { cycleId: move.toCycleId } });
    report.mutations++;
    if (!result.ok || !result.data.issueUpdate.success) {
      report.failed.push({
        key: move.key,
        error: result.ok
          ? { code: 'other', operation: 'MoveIssue', message: 'Linear refused the update' }
          : result.error,
      });
      continue;
    }
    if (row) {
      const target = move.toCycleId
        ? ((await snapshots.get(organizationId, 'cycles', move.toCycleId)) as
            | { id: string; number: number; name: string | null }
            | undefined)
        : undefined;
      const cycle = target ? { id: target.id, number: target.number, name: target.name } : null;
      await snapshots.upsert(organizationId, 'issues', [
        { id: move.issueId, updatedAt: row.updatedAt, data: { ...row, cycle } },
      ]);
    }
  }
  return report;
}
