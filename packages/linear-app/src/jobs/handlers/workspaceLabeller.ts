import {
  coldStartExamples,
  type LabelModel,
  trainLabeller,
  type WorkItem,
  WorkItemSchema,
} from '@trailmap/core';
import { mapIssue } from '@trailmap/trackers';
import { toUserMessage } from '../../app/toUserMessage';
import type { Store } from '../../storage/store';
import { createSnapshotStore } from '../../sync/snapshotStore';
import { loadWorkspaceData } from '../../sync/workspaceData';
import { loadLabelModel, saveLabelModel } from './labelModelStore';

/** The model to classify with, or why there is none yet. */
export type LabellerState =
  | { ok: true; model: LabelModel; revision: number; trained: boolean }
  | { ok: false; reason: string };

/**
 * The workspace's label model: the stored one, else trained once from the synced issues that
 * already carry Linear's Bug / Feature / Improvement labels (cold start) and stored.
 *
 * @example
 * const labeller = await workspaceLabeller(store, organizationId, now);
 */
export async function workspaceLabeller(
  store: Store,
  organizationId: string,
  now: number,
): Promise<LabellerState> {
  const stored = await loadLabelModel(store, organizationId);
  if (stored) return { ok: true, model: stored.model, revision: stored.revision, trained: false };
  const data = await loadWorkspaceData(createSnapshotStore(store), organizationId);
  const items: WorkItem[] = data.issues.map((i) => WorkItemSchema.parse(mapIssue(i)));
  const examples = coldStartExamples(items);
  if (examples.length === 0) {
    return {
      ok: false,
      reason: 'no synced issue carries a Bug, Feature or Improvement label to learn from yet',
    };
  }
  const trained = trainLabeller(examples, { seed: 1 });
  if (!trained.ok) return { ok: false, reason: toUserMessage(trained.problems) };
  if (!(await saveLabelModel(store, organizationId, trained.value, undefined, now))) {
    // Another job trained and stored one first: use that one, so every job agrees.
    const winner = await loadLabelModel(store, organizationId);
    if (winner) return { ok: true, model: winner.model, revision: winner.revision, trained: false };
  }
  return { ok: true, model: trained.value, revision: 1, trained: true };
}
