import type { SqlExecutor } from '../storage/store';

/** The Linear entity kinds the app mirrors. */
export type SyncEntity = 'issues' | 'projects' | 'initiatives' | 'cycles' | 'customerNeeds' | 'teams';

/** One mirrored row: the raw GraphQL node (already zod-parsed) and its `updatedAt`. */
export interface SnapshotRow {
  id: string;
  updatedAt: string;
  data: unknown;
}

/**
 * The per-workspace mirror of Linear data plus the incremental-sync cursor of each entity
 * (tables `linear_entities`, `linear_sync_cursors`: migration 100).
 *
 * @example
 * const snapshots = createSnapshotStore(store);
 * await snapshots.upsert('org', 'issues', rows);
 */
export interface SnapshotStore {
  getCursor(organizationId: string, entity: SyncEntity): Promise<string | undefined>;
  setCursor(organizationId: string, entity: SyncEntity, cursor: string, syncedAt: number): Promise<void>;
  /** Inserts or replaces rows, never overwriting a newer copy with an older one. */
  upsert(organizationId: string, entity: SyncEntity, rows: readonly SnapshotRow[]): Promise<void>;
  list(organizationId: string, entity: SyncEntity): Promise<unknown[]>;
  get(organizationId: string, entity: SyncEntity, id: string): Promise<unknown | undefined>;
  /** Drops a row (the entity was deleted in Linear). */
  remove(organizationId: string, entity: SyncEntity, id: string): Promise<void>;
}

/**
 * A `SnapshotStore` over the app's SQL store (SQLite or PostgreSQL; same SQL in both).
 *
 * @example
 * const snapshots = createSnapshotStore(store);
 */
export function createSnapshotStore(db: SqlExecutor): SnapshotStore {
  return {
    async getCursor(organizationId, entity) {
      const row = await db.get<{ cursor: string }>(
        'SELECT cursor FROM linear_sync_cursors WHERE organization_id = ? AND entity = ?',
        [organizationId, entity],
      );
      return row?.cursor;
    },
    async setCursor(organizationId, entity, cursor, syncedAt) {
      await db.run(
        `INSERT INTO linear_sync_cursors (organization_id, entity, cursor, synced_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (organization_id, entity) DO UPDATE SET cursor = excluded.cursor, synced_at = excluded.synced_at`,
        [organizationId, entity, cursor, syncedAt],
      );
    },
    async upsert(organizationId, entity, rows) {
      for (const row of rows) {
        await db.run(
          `INSERT INTO linear_entities (organization_id, entity, id, updated_at, data) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (organization_id, entity, id) DO UPDATE SET updated_at = excluded.updated_at, data = excluded.data
           WHERE excluded.updated_at >= linear_entities.updated_at`,
          [organizationId, entity, row.id, row.updatedAt, JSON.stringify(row.data)],
        );
      }
    },
    async list(organizationId, entity) {
      const rows = await db.all<{ data: string }>(
        'SELECT data FROM linear_entities WHERE organization_id = ? AND entity = ? ORDER BY id',
        [organizationId, entity],
      );
      return rows.map((r) => JSON.parse(r.data) as unknown);
    },
    async get(organizationId, entity, id) {
      const row = await db.get<{ data: string }>(
        'SELECT data FROM linear_entities WHERE organization_id = ? AND entity = ? AND id = ?',
        [organizationId, entity, id],
      );
      return row ? (JSON.parse(row.data) as unknown) : undefined;
    },
    async remove(organizationId, entity, id) {
      await db.run('DELETE FROM linear_entities WHERE organization_id = ? AND entity = ? AND id = ?', [
        organizationId,
        entity,
        id,
      ]);
    },
  };
}
