import {
  type AppliedLabel,
  type Backlog,
  buildSimilarityIndex,
  coldStartExamples,
  type DuplicatePair,
  findDuplicateFeedback,
  findSimilar,
  KIND_LABELS,
  kindSeedExamples,
  type LabelModel,
  type LabelPrediction,
  mergeLabels,
  predictLabels,
  type SimilarMatch,
  teamLabelExamples,
  trainLabeller,
} from '@trailmap/core';
import { toUserMessage } from '../toUserMessage';

/** What the labeller did with one feedback record. */
export interface LabelledFeedback {
  id: string;
  title: string;
  kind: LabelPrediction;
  areas?: LabelPrediction;
  /** The record's labels afterwards (every human label kept). */
  labels: string[];
  /** Audit records of the labels added. */
  applied: AppliedLabel[];
  /** Labels proposed but held back for a human (suggest mode, abstained or conflicting). */
  suggested: string[];
  /** The most similar existing ideas, best first (any score), with their verdict. */
  closestIdeas: SimilarMatch[];
}

/** The result of labelling a backlog's feedback. */
export interface BacklogLabelling {
  kindModel: LabelModel;
  areaModel?: LabelModel;
  feedback: LabelledFeedback[];
  duplicates: DuplicatePair[];
}

/**
 * Labels a backlog's feedback the way a team meets Trailmap on day one: a kind model cold-started
 * from the tracker's own issue types and labels, an area model learnt from the labels on the
 * team's existing items, team labels merged without touching human ones, and the existing ideas
 * each record most resembles. Feedback records themselves are never training data here, so the
 * labels shown are genuine predictions.
 *
 * @example
 * const r = labelBacklogFeedback(backlog);
 * r.feedback[0]?.applied; // => [{ label: 'security', modelVersion: 'lbl-….r0', confidence: 0.81, source: 'model' }]
 */
export function labelBacklogFeedback(backlog: Backlog): BacklogLabelling | { problem: string } {
  const history = backlog.items.filter((i) => i.type.toLowerCase() !== 'feedback');
  const kind = trainLabeller([...coldStartExamples(history), ...kindSeedExamples()], { exclusive: true });
  if (!kind.ok) return { problem: toUserMessage(kind.problems) };
  const areaTrained = trainLabeller(teamLabelExamples(history), { exclusive: false });
  const areaModel = areaTrained.ok ? areaTrained.value : undefined;
  const ideas = history.filter((i) => i.type.toLowerCase() !== 'epic');
  const index = buildSimilarityIndex(ideas.map((i) => ({ id: i.key, title: i.title, body: i.description })));
  const feedback = backlog.feedback.map((f): LabelledFeedback => {
    const [title = '', ...rest] = f.text.split('\n');
    const ticket = { title, body: rest.join('\n') };
    const kindPrediction = predictLabels(kind.value, ticket);
    const areas = areaModel ? predictLabels(areaModel, ticket) : undefined;
    const suggestions = [kindPrediction, ...(areas ? [areas] : [])].flatMap((p) =>
      p.labels.map((l) => ({ ...l, modelVersion: p.modelVersion, source: 'model' as const, mode: p.mode })),
    );
    // Each model's own readiness decides whether its labels are applied or only suggested.
    const applyable = suggestions.filter((s) => s.mode === 'apply');
    const merged = mergeLabels(f.labels, applyable, { exclusiveGroups: [KIND_LABELS] });
    const appliedKeys = new Set(merged.applied.map((a) => a.label));
    const suggested = [kindPrediction, ...(areas ? [areas] : [])]
      .map((p) => (p.labels[0] ?? p.ranked[0])?.label)
      .filter((l): l is string => l !== undefined && !appliedKeys.has(l));
    return {
      id: f.id,
      title,
      kind: kindPrediction,
      ...(areas ? { areas } : {}),
      labels: merged.labels,
      applied: merged.applied,
      suggested,
      closestIdeas: findSimilar(index, ticket, { thresholds: { suggest: 0 }, limit: 3 }),
    };
  });
  return {
    kindModel: kind.value,
    ...(areaModel ? { areaModel } : {}),
    feedback,
    duplicates: findDuplicateFeedback(backlog.feedback),
  };
}
