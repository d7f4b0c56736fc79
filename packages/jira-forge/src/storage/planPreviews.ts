import { kvs } from '@forge/kvs';
import { z } from 'zod';

const ReleaseChoiceSchema = z.object({
  versionId: z.string().optional(),
  name: z.string().min(1).max(255),
  releaseDate: z.iso.date().optional(),
  capacity: z.number().finite().nonnegative(),
});

/**
 * A stored plan preview: what was asked, the model hash it was computed from and the assignment.
 * Apply refuses anything whose id is unknown or whose hash no longer matches Jira.
 *
 * @example
 * PlanPreviewSchema.parse({ id: 'p1', hash: 'ab…', projectKey: 'PM', releases: [], assignment: {}, createdAt: '2026-01-01T00:00:00Z' });
 */
/** One listed removal: drop `versionId` from `issueKey`'s fixVersions. */
export const PlannedRemovalSchema = z.object({ issueKey: z.string().min(1), versionId: z.string().min(1) });
export type PlannedRemoval = z.infer<typeof PlannedRemovalSchema>;

export const PlanPreviewSchema = z.object({
  id: z.string().min(1),
  hash: z.string().min(1),
  projectKey: z.string(),
  releases: z.array(ReleaseChoiceSchema),
  /** Item key → planning release id (`version:<id>` / `new:<name>`), or null when deferred. */
  assignment: z.record(z.string(), z.string().nullable()),
  /**
   * The fixVersion removals the preview listed (an issue moving from one planned release to
   * another). Apply may remove only these, and only those the user kept ticked.
   */
  removals: z.array(PlannedRemovalSchema).default([]),
  createdAt: z.string(),
  appliedAt: z.string().optional(),
});
export type PlanPreview = z.infer<typeof PlanPreviewSchema>;
export { ReleaseChoiceSchema };

const key = (id: string) => `plan-preview:${id}`;

/**
 * Stores a preview (expires after 30 days).
 *
 * @example
 * await storePreview({ id: 'p1', hash, projectKey: 'PM', releases, assignment, createdAt });
 */
export async function storePreview(preview: PlanPreview): Promise<void> {
  // A preview older than a month is stale by any measure; let KVS drop it.
  await kvs.set(key(preview.id), preview, { ttl: { value: 30, unit: 'DAYS' } });
}

/**
 * Reads a preview; unknown or unreadable ids are `undefined`.
 *
 * @example
 * await loadPreview('p1');
 */
export async function loadPreview(id: string): Promise<PlanPreview | undefined> {
  const r = PlanPreviewSchema.safeParse(await kvs.get(key(id)));
  return r.success ? r.data : undefined;
}
