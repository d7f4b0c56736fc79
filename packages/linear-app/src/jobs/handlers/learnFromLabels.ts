import { applyCorrection, isAreaLabel, kindFromTracker, type LabelModel } from '@trailmap/core';
import { toUserMessage } from '../../app/toUserMessage';
import { LabelsByIds } from '../../linear/documents/labels';
import type { LinearApi, LinearApiError } from '../../linear/linearApi';
import type { WebhookIssue } from '../../mapping/fromLinearWebhook';
import type { SqlExecutor, Store } from '../../storage/store';
import { loadAreaModel, saveAreaModel } from './areaModelStore';
import { saveLabelModel } from './labelModelStore';
import { workspaceLabeller } from './workspaceLabeller';

/** What a human label change taught the models. */
export type LearnOutcome =
  | {
      kind: 'learned';
      /** The kind label learnt, when the change left exactly one on the issue. */
      label: string | undefined;
      removed: string[];
      /** Area labels (the team's own) learnt, as given and as removed. */
      areas: { labels: string[]; removed: string[] };
      commit: (tx: SqlExecutor) => Promise<void>;
    }
  | { kind: 'nothing'; reason: string };

/**
 * Learns from a human changing an issue's labels, with core's incremental update and no
 * retraining:
 * - the kind label left on the issue (Bug, Feature, Improvement, …) corrects the workspace's kind
 *   model, with removed kind labels as negatives;
 * - the team's own area labels left on it, and those removed, correct the team's stored area
 *   model (when the team has one; the first classification trains it from the mirror).
 * New models are written in `commit`, inside the transaction that completes the job, and only if
 * no other job changed them meanwhile (else the job retries).
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
  let removedNames: string[] = [];
  if (p.removedLabelIds.length > 0) {
    const names = await api.request(LabelsByIds, { ids: p.removedLabelIds });
    if (!names.ok) return names;
    removedNames = names.value.issueLabels.nodes.map((l) => l.name);
  }
  const kind = await learnKind(store, p, removedNames, now);
  const area = await learnAreas(store, p, removedNames, now);
  if (kind.kind === 'nothing' && area.kind === 'nothing') {
    return { ok: true, outcome: { kind: 'nothing', reason: `${kind.reason}; ${area.reason}` } };
  }
  return {
    ok: true,
    outcome: {
      kind: 'learned',
      label: kind.kind === 'learned' ? kind.label : undefined,
      removed: kind.kind === 'learned' ? kind.removed : [],
      areas:
        area.kind === 'learned'
          ? { labels: area.labels, removed: area.removed }
          : { labels: [], removed: [] },
      commit: async (tx) => {
        if (kind.kind === 'learned') await kind.commit(tx);
        if (area.kind === 'learned') await area.commit(tx);
      },
    },
  };
}

type Part<T> =
  | (T & { kind: 'learned'; removed: string[]; commit: (tx: SqlExecutor) => Promise<void> })
  | { kind: 'nothing'; reason: string };

async function learnKind(
  store: Store,
  p: { organizationId: string; issue: WebhookIssue },
  removedNames: readonly string[],
  now: number,
): Promise<Part<{ label: string }>> {
  const kinds = [...new Set(p.issue.labelNames.flatMap((n) => kindOf(n)))];
  if (kinds.length !== 1) {
    const reason =
      kinds.length === 0 ? 'no kind label on the issue' : `several kind labels (${kinds.join(', ')})`;
    return { kind: 'nothing', reason };
  }
  const label = kinds[0]!;
  const removed = [...new Set(removedNames.flatMap((n) => kindOf(n)))].filter((k) => k !== label);
  const labeller = await workspaceLabeller(store, p.organizationId, now);
  if (!labeller.ok) return { kind: 'nothing', reason: labeller.reason };
  const updated = applyCorrection(labeller.model, {
    title: p.issue.title,
    body: p.issue.description,
    labels: [label],
    removed,
  });
  if (!updated.ok) return { kind: 'nothing', reason: toUserMessage(updated.problems) };
  const model: LabelModel = updated.value;
  const revision = labeller.revision;
  return {
    kind: 'learned',
    label,
    removed,
    commit: async (tx) => {
      if (!(await saveLabelModel(tx, p.organizationId, model, revision, now))) {
        throw new Error('label model changed while learning; the job retries on the new model');
      }
    },
  };
}

async function learnAreas(
  store: Store,
  p: { organizationId: string; issue: WebhookIssue },
  removedNames: readonly string[],
  now: number,
): Promise<Part<{ labels: string[] }>> {
  const labels = p.issue.labelNames.filter(isAreaLabel);
  const removed = removedNames.filter((n) => isAreaLabel(n) && !labels.includes(n));
  if (labels.length === 0 && removed.length === 0)
    return { kind: 'nothing', reason: 'no area label changed' };
  if (!p.issue.teamKey) return { kind: 'nothing', reason: 'the issue has no team' };
  const key = { organizationId: p.organizationId, teamKey: p.issue.teamKey };
  const stored = await loadAreaModel(store, key);
  if (!stored) return { kind: 'nothing', reason: `${key.teamKey} has no area model yet` };
  const updated = applyCorrection(stored.model, {
    title: p.issue.title,
    body: p.issue.description,
    labels,
    removed,
  });
  if (!updated.ok) return { kind: 'nothing', reason: toUserMessage(updated.problems) };
  const model = updated.value;
  return {
    kind: 'learned',
    labels,
    removed,
    commit: async (tx) => {
      if (!(await saveAreaModel(tx, key, model, stored.revision, now))) {
        throw new Error('area label model changed while learning; the job retries on the new model');
      }
    },
  };
}

function kindOf(name: string): string[] {
  const kind = kindFromTracker('', [name]);
  return kind ? [kind] : [];
}
