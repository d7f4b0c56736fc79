import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { SqlExecutor } from '../storage/store';
import type { PlannedMove } from './planCycles';

/** What a preview stores: enough to apply it later without re-planning. */
export const StoredPreviewSchema = z.object({
  moves: z.array(
    z.object({
      key: z.string(),
      issueId: z.string(),
      title: z.string(),
      fromCycleId: z.string().nullable(),
      toCycleId: z.string().nullable(),
    }),
  ),
});

/** A saved preview. */
export interface PlanPreview {
  id: string;
  organizationId: string;
  scope: string;
  inputHash: string;
  moves: PlannedMove[];
  createdAt: number;
  appliedAt: number | null;
}

/**
 * Saves a preview (table `plan_previews`, migration 100) and returns its id.
 *
 * @example
 * const id = await savePreview(store, { organizationId, scope: 'team:ENG', inputHash, moves, now });
 */
export async function savePreview(
  db: SqlExecutor,
  p: { organizationId: string; scope: string; inputHash: string; moves: PlannedMove[]; now: number },
): Promise<string> {
  const id = randomUUID();
  await db.run(
    'INSERT INTO plan_previews (id, organization_id, scope, input_hash, plan, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    [id, p.organizationId, p.scope, p.inputHash, JSON.stringify({ moves: p.moves }), p.now],
  );
  return id;
}

/**
 * Loads a preview of this workspace and scope, or undefined.
 *
 * @example
 * const preview = await loadPreview(store, organizationId, 'team:ENG', id);
 */
export async function loadPreview(
  db: SqlExecutor,
  organizationId: string,
  scope: string,
  id: string,
): Promise<PlanPreview | undefined> {
  const row = await db.get<{
    id: string;
    input_hash: string;
    plan: string;
    created_at: number;
    applied_at: number | null;
  }>(
    'SELECT id, input_hash, plan, created_at, applied_at FROM plan_previews WHERE id = ? AND organization_id = ? AND scope = ?',
    [id, organizationId, scope],
  );
  if (!row) return undefined;
  const parsed = StoredPreviewSchema.safeParse(JSON.parse(row.plan));
  if (!parsed.success) return undefined;
  return {
    id: row.id,
    organizationId,
    scope,
    inputHash: row.input_hash,
    moves: parsed.data.moves,
    createdAt: Number(row.created_at),
    appliedAt: row.applied_at === null ? null : Number(row.applied_at),
  };
}

/**
 * Marks a preview applied; returns false when it already was (a concurrent or repeated apply).
 *
 * @example
 * if (!(await markApplied(store, id, now))) return alreadyApplied();
 */
export async function markApplied(db: SqlExecutor, id: string, now: number): Promise<boolean> {
  const { changes } = await db.run(
    'UPDATE plan_previews SET applied_at = ? WHERE id = ? AND applied_at IS NULL',
    [now, id],
  );
  return changes === 1;
}
