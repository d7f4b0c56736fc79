import { type Backlog, createDuplicateIndex, fitDuplicateThresholds } from '@trailmap/core';

/**
 * The demo's duplicate step on the sample backlog: feedback and ideas in one duplicate index,
 * link and suggest thresholds learnt from the feedback → idea links the tracker already holds,
 * and how many paraphrased tickets then link or get a suggestion, with the precision measured.
 * In-sample (the thresholds are fitted and measured on the same links), which the line says.
 *
 * @example
 * learntLinksSummary(backlog); // => 'Duplicate index, thresholds learnt from 28 feedback → idea links: …'
 */
export function learntLinksSummary(backlog: Backlog): string {
  const ideas = backlog.items.filter((i) => !['epic', 'feedback'].includes(i.type.toLowerCase()));
  const feedback = backlog.feedback.map((f) => {
    const [title = '', ...rest] = f.text.split('\n');
    return { id: f.id, title, body: rest.join('\n') };
  });
  const docs = [...ideas.map((i) => ({ id: i.key, title: i.title, body: i.description })), ...feedback];
  const pairs = backlog.feedback.flatMap((f) => f.itemKeys.map((k) => ({ duplicate: f.id, original: k })));
  const index = createDuplicateIndex(docs);
  // Every feedback ticket is a query here (none is a new, unrelated issue), so no unlinked sample.
  const t = fitDuplicateThresholds(docs, pairs, { sample: 0 }, index);
  const ideaKeys = new Set(ideas.map((i) => i.key));
  let linked = 0;
  let linkedRight = 0;
  let suggested = 0;
  let suggestedRight = 0;
  for (const f of backlog.feedback) {
    const query = feedback.find((x) => x.id === f.id)!;
    const top = index.query(query, { limit: 10, exclude: [f.id] }).find((m) => ideaKeys.has(m.id));
    if (!top) continue;
    const right = f.itemKeys.includes(top.id);
    if (top.score >= t.link) {
      linked++;
      if (right) linkedRight++;
    } else if (top.score >= t.suggest) {
      suggested++;
      if (right) suggestedRight++;
    }
  }
  const share = (a: number, b: number) => (b ? `${Math.round((100 * a) / b)} %` : '—');
  const how =
    t.source === 'learnt'
      ? `thresholds learnt from ${t.knownPairs} feedback → idea links (link ≥ ${t.link.toFixed(2)}, suggest ≥ ${t.suggest.toFixed(2)}; in-sample)`
      : `default thresholds (${t.notes[0] ?? ''})`;
  return (
    `Duplicate index, ${how}: ${linked} tickets linked to an idea, ${linkedRight} correctly (precision ${share(linkedRight, linked)}); ` +
    `${suggested} more suggested, ${suggestedRight} correctly (precision ${share(suggestedRight, suggested)}).` +
    (t.notes.length && t.source === 'learnt' ? ` Note: ${t.notes.join('; ')}.` : '')
  );
}
