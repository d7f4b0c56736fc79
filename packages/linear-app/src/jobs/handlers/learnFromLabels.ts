import { applyCorrection, kindFromTracker, type LabelModel } from '@trailmap/core';
import { LabelsByIds } from '../../linear/documents/labels';
import type { LinearApi, LinearApiError } from '../../linear/linearApi';
import type { WebhookIssue } from '../../mapping/fromLinearWebhook';
import type { SqlExecutor, Store } from '../../storage/store';
import { saveLabelModel } from './labelModelStore';
import { workspaceLabeller } from './workspaceLabeller';

/** What a human label change taught the model. */
export type LearnOutcome =
  | { kind: 'learned'; label: string; removed: string[]; commit: (tx: SqlExecutor) => Promise<void> }
  | { kind: 'nothing'; reason: string };

/**
 * Learns from a human changing an issue's labels: the kind label left on the issue (Bug, Feature,
 * Improvement, …) becomes a correction (core's incremental update, no retraining), with removed
 * kind labels as negatives. The new model is written in `commit`, inside the transaction that
 * completes the job, and only if no other job changed the model meanwhile (else the job retries).
 *
 * @example
 * const outcome = await learnFromLabels(api, store, { organizationId, issue, removedLabelIds }, now);
 */
export async function learnFromLabels(
  api: LinearApi,
  store: Store,
  p: { organizationId: string; issue: WebhookIssue; removedLabelIds: string[] },
  now: number,
): Promise<{ ok: true; outcome: LearnOutcome } | { ok: false; error: LinearApiError }> {
  const kinds = [...new Set(p.issue.labelNames.flatMap((n) => kindOf(n)))];
  if (kinds.length !== 1) {
    const reason =
      kinds.length === 0 ? 'no kind label on the issue' : `several kind labels (${kinds.join(', ')})`;
    return { ok: true, outcome: { kind: 'nothing', reason } };
  }
  let removedNames: string[] = [];
  if (p.removedLabelIds.length > 0) {
    const names = await api.request(LabelsByIds, { ids: p.removedLabelIds });
    if (!names.ok) return names;
    removedNames = names.data.issueLabels.nodes.map((l) => l.name);
  }
  const removed = [...new Set(removedNames.flatMap((n) => kindOf(n)))].filter((k) => k !== kinds[0]);
  const labeller = await workspaceLabeller(store, p.organizationId, now);
  if (!labeller.ok) return { ok: true, outcome: { kind: 'nothing', reason: labeller.reason } };
  const label = kinds[0]!;
  const updated = applyCorrection(labeller.model, {
    title: p.issue.title,
    body: p.issue.description,
    labels: [label],
    removed,
  });
  if (!updated.ok) return { ok: true, outcome: { kind: 'nothing', reason: updated.problems[0].message } };
  const model: LabelModel = updated.value;
  const revision = labeller.revision;
  return {
    ok: true,
    outcome: {
      kind: 'learned',
      label,
      removed,
      commit: async (tx) => {
        if (!(await saveLabelModel(tx, p.organizationId, model, revision, now))) {
          throw new Error('label model changed while learning; the job retries on the new model');
        }
      },
    },
  };
}

function kindOf(name: string): string[] {
  const kind = kindFromTracker('', [name]);
  return kind ? [kind] : [];
}
