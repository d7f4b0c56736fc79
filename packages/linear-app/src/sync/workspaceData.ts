import { z } from 'zod';
import { type IssueNode, IssueNodeSchema } from '../linear/documents/issuesPage';
import {
  type CustomerNeedWithTarget,
  CustomerNeedWithTargetSchema,
  type CycleNode,
  CycleNodeSchema,
  type InitiativeNode,
  InitiativeNodeSchema,
  type ProjectNode,
  ProjectNodeSchema,
  type TeamNode,
  TeamNodeSchema,
} from '../linear/documents/workspacePages';
import type { SnapshotStore, SyncEntity } from './snapshotStore';

/** Everything mirrored for one workspace, parsed back from the store. */
export interface WorkspaceData {
  organizationId: string;
  issues: IssueNode[];
  projects: ProjectNode[];
  initiatives: InitiativeNode[];
  cycles: CycleNode[];
  customerNeeds: CustomerNeedWithTarget[];
  teams: TeamNode[];
  /** Rows that no longer match the schema (written by an older version); skipped, counted. */
  unreadableRows: number;
}

/**
 * Reads the workspace mirror. Rows are parsed again (the database is an edge too) and archived
 * entities are dropped: they left the roadmap.
 *
 * @example
 * const data = await loadWorkspaceData(snapshots, organizationId);
 */
export async function loadWorkspaceData(
  snapshots: SnapshotStore,
  organizationId: string,
): Promise<WorkspaceData> {
  let unreadableRows = 0;
  const read = async <T extends { archivedAt?: string | null }>(entity: SyncEntity, schema: z.ZodType<T>) => {
    const rows = await snapshots.list(organizationId, entity);
    const out: T[] = [];
    for (const row of rows) {
      const parsed = schema.safeParse(row);
      if (!parsed.success) unreadableRows++;
      else if (!parsed.data.archivedAt) out.push(parsed.data);
    }
    return out;
  };
  const [issues, projects, initiatives, cycles, customerNeeds, teams] = await Promise.all([
    read('issues', IssueNodeSchema),
    read('projects', ProjectNodeSchema),
    read('initiatives', InitiativeNodeSchema),
    read('cycles', CycleNodeSchema.extend({ archivedAt: z.string().nullish() })),
    read('customerNeeds', CustomerNeedWithTargetSchema),
    read('teams', TeamNodeSchema.extend({ archivedAt: z.string().nullish() })),
  ]);
  return { organizationId, issues, projects, initiatives, cycles, customerNeeds, teams, unreadableRows };
}
