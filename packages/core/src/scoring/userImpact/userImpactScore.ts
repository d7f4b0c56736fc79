/**
 * A user's stated importance of an idea, Productboard-style.
 *
 * @example
 * const v: ImportanceVote = { userId: 'u1', importance: 'critical', at: '2026-01-02T10:00:00Z' };
 */
export interface ImportanceVote {
  userId: string;
  /** `critical` +3, `important` +2, `nice` +1, `not-important` +0; unspecified counts +1. */
  importance?: 'critical' | 'important' | 'nice' | 'not-important';
  /** When it was given (ISO-8601); the latest per user wins. Without it, later in the list wins. */
  at?: string;
}

const POINTS = { critical: 3, important: 2, nice: 1, 'not-important': 0 } as const;

/**
 * Productboard's User Impact Score: Σ over distinct users of their latest importance
 * (+3 / +2 / +1 / +0; unspecified +1). A user who votes twice counts once.
 *
 * @example
 * userImpactScore([
 *   { userId: 'u1', importance: 'critical' }, { userId: 'u2', importance: 'important' },
 *   { userId: 'u3', importance: 'nice' }, { userId: 'u4' },
 * ]); // => 7
 */
export function userImpactScore(votes: readonly ImportanceVote[]): number {
  const latest = new Map<string, { vote: ImportanceVote; order: number }>();
  votes.forEach((vote, order) => {
    const seen = latest.get(vote.userId);
    if (!seen || isLater(vote, order, seen.vote, seen.order)) latest.set(vote.userId, { vote, order });
  });
  let total = 0;
  for (const { vote } of latest.values())
    total += vote.importance === undefined ? 1 : POINTS[vote.importance];
  return total;
}

function isLater(a: ImportanceVote, aOrder: number, b: ImportanceVote, bOrder: number): boolean {
  if (a.at && b.at && a.at !== b.at) return Date.parse(a.at) > Date.parse(b.at);
  return aOrder > bOrder;
}
