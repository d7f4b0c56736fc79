import { teamLabelExamples, trainLabeller, type WorkItem, WorkItemSchema } from '@trailmap/core';
import { mapIssue } from '@trailmap/trackers';
import { toUserMessage } from '../../app/toUserMessage';
import type { Store } from '../../storage/store';
import { createSnapshotStore } from '../../sync/snapshotStore';
import { loadWorkspaceData } from '../../sync/workspaceData';
import { type AreaModelKey, loadAreaModel, saveAreaModel } from './areaModelStore';
import type { LabellerState } from './workspaceLabeller';

/**
 * A team's area labeller: the stored model, else trained once from the team's synced issues and
 * the labels its people gave them that are not kind labels (product areas such as `billing` or
 * `auth`, core's `teamLabelExamples`), multi-label, and stored. Core decides from the amount of
 * history whether it may apply labels or only suggest them.
 *
 * @example
 * const areas = await teamAreaLabeller(store, { organizationId, teamKey: 'FB' }, now);
 */
export async function teamAreaLabeller(store: Store, key: AreaModelKey, now: number): Promise<LabellerState> {
  const stored = await loadAreaModel(store, key);
  if (stored) return { ok: true, model: stored.model, revision: stored.revision, trained: false };
  const data = await loadWorkspaceData(createSnapshotStore(store), key.organizationId);
  const items: WorkItem[] = data.issues
    .filter((i) => i.team.key === key.teamKey)
    .map((i) => WorkItemSchema.parse(mapIssue(i)));
  const examples = teamLabelExamples(items);
  if (examples.length === 0) {
    return { ok: false, reason: `no synced ${key.teamKey} issue carries an area label to learn from yet` };
  }
  const trained = trainLabeller(examples, { exclusive: false, seed: 1 });
  if (!trained.ok) return { ok: false, reason: toUserMessage(trained.problems) };
  if (!(await saveAreaModel(store, key, trained.value, undefined, now))) {
    // Another job trained and stored one first: use that one, so every job agrees.
    const winner = await loadAreaModel(store, key);
    if (winner) return { ok: true, model: winner.model, revision: winner.revision, trained: false };
  }
  return { ok: true, model: trained.value, revision: 1, trained: true };
}
