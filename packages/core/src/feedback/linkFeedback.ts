import type { Feedback } from '../model/feedback';
import type { WorkItem } from '../model/workItem';
import { type FindSimilarOptions, findSimilar, type SimilarityVerdict } from './findSimilar';
import { buildSimilarityIndex } from './similarityIndex';

/** A proposed or applied link between a piece of feedback and an idea (work item). */
export interface FeedbackLink {
  feedbackId: string;
  itemKey: string;
  score: number;
  verdict: SimilarityVerdict;
  conflicts: string[];
}

/** The outcome of {@link linkFeedbackToIdeas}. */
export interface LinkResult {
  /** Links made automatically (verdict `duplicate`): reflected in `feedback` and `items`. */
  linked: FeedbackLink[];
  /** Links for a human to confirm (`related`, or `similar-but-distinct` with the reason). */
  suggested: FeedbackLink[];
  /** The feedback with `itemKeys` extended by the automatic links (never shortened). */
  feedback: Feedback[];
  /** The items with `feedbackIds` extended by the automatic links (never shortened), which feeds their Reach. */
  items: WorkItem[];
}

/**
 * Finds the existing idea each piece of feedback supports and links it when the match is a
 * likely duplicate (cosine ≥ the link threshold and no conflicting key term), producing the
 * `Feedback.itemKeys` / `WorkItem.feedbackIds` updates the scoring engine's Reach reads. Weaker
 * matches come back as suggestions. Existing links are kept; inputs are not modified.
 *
 * @example
 * const r = linkFeedbackToIdeas(backlog.feedback, backlog.items.filter((i) => i.type === 'Idea'));
 * r.items.find((i) => i.key === 'PM-7')?.feedbackIds; // => ['FB-3', 'FB-9']
 */
export function linkFeedbackToIdeas(
  feedback: readonly Feedback[],
  items: readonly WorkItem[],
  options: FindSimilarOptions = {},
): LinkResult {
  const index = buildSimilarityIndex(items.map((i) => ({ id: i.key, title: i.title, body: i.description })));
  const linked: FeedbackLink[] = [];
  const suggested: FeedbackLink[] = [];
  for (const f of feedback) {
    const { title, body } = splitText(f.text);
    for (const m of findSimilar(index, { title, body }, options)) {
      const link = {
        feedbackId: f.id,
        itemKey: m.id,
        score: m.score,
        verdict: m.verdict,
        conflicts: m.conflicts,
      };
      (m.verdict === 'duplicate' ? linked : suggested).push(link);
    }
  }
  const byFeedback = groupBy(
    linked,
    (l) => l.feedbackId,
    (l) => l.itemKey,
  );
  const byItem = groupBy(
    linked,
    (l) => l.itemKey,
    (l) => l.feedbackId,
  );
  return {
    linked,
    suggested,
    feedback: feedback.map((f) => ({ ...f, itemKeys: union(f.itemKeys, byFeedback.get(f.id)) })),
    items: items.map((i) => ({ ...i, feedbackIds: union(i.feedbackIds, byItem.get(i.key)) })),
  };
}

/** A pair of feedback records that say the same thing (or nearly). */
export interface DuplicatePair {
  a: string;
  b: string;
  score: number;
  verdict: SimilarityVerdict;
  conflicts: string[];
}

/**
 * Likely duplicates among feedback records, each pair once (a before b in input order), with
 * the same verdicts and thresholds as {@link linkFeedbackToIdeas}.
 *
 * @example
 * findDuplicateFeedback([{ id: 'a', text: 'Dark mode please' }, { id: 'b', text: 'Please add dark mode' }] as Feedback[]);
 */
export function findDuplicateFeedback(
  feedback: readonly Pick<Feedback, 'id' | 'text'>[],
  options: FindSimilarOptions = {},
): DuplicatePair[] {
  const docs = feedback.map((f) => ({ id: f.id, ...splitText(f.text) }));
  const index = buildSimilarityIndex(docs);
  const position = new Map(docs.map((d, i) => [d.id, i]));
  const out: DuplicatePair[] = [];
  docs.forEach((d, i) => {
    for (const m of findSimilar(index, d, { ...options, exclude: [d.id, ...(options.exclude ?? [])] })) {
      if ((position.get(m.id) ?? -1) > i)
        out.push({ a: d.id, b: m.id, score: m.score, verdict: m.verdict, conflicts: m.conflicts });
    }
  });
  return out.sort((x, y) => y.score - x.score);
}

// Feedback has one text; its first line usually reads as a title.
function splitText(text: string): { title: string; body: string } {
  const at = text.indexOf('\n');
  return at < 0 ? { title: text, body: '' } : { title: text.slice(0, at), body: text.slice(at + 1) };
}

function groupBy<T>(list: T[], key: (t: T) => string, value: (t: T) => string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const t of list) out.set(key(t), [...(out.get(key(t)) ?? []), value(t)]);
  return out;
}

function union(existing: readonly string[], extra: readonly string[] | undefined): string[] {
  return [...new Set([...existing, ...(extra ?? [])])];
}
