import type { ItemScore } from './types';

/**
 * Scored items best first, then the unscored ones in input order. Ties keep input order
 * (pass items in tracker rank order to break ties by rank). Does not mutate its input.
 *
 * @example
 * rankScores(scoreItems(items, 'rice')).ranked[0]?.key; // => 'PM-3'
 */
export function rankScores(scores: readonly ItemScore[]): {
  ranked: (ItemScore & { result: Extract<ItemScore['result'], { ok: true }> })[];
  unscored: (ItemScore & { result: Extract<ItemScore['result'], { ok: false }> })[];
} {
  const ranked: (ItemScore & { result: Extract<ItemScore['result'], { ok: true }> })[] = [];
  const unscored: (ItemScore & { result: Extract<ItemScore['result'], { ok: false }> })[] = [];
  for (const s of scores) {
    const r = s.result;
    if (r.ok) ranked.push({ key: s.key, result: r });
    else unscored.push({ key: s.key, result: r });
  }
  // Array.prototype.sort is stable, so equal scores keep input order.
  ranked.sort((a, b) => b.result.score - a.result.score);
  return { ranked, unscored };
}
