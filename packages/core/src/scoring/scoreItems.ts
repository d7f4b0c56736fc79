import type { WorkItem } from '../model/workItem';
import { evaluate, prepare } from './evaluate';
import { definitionOf, type Framework } from './framework';
import type { ItemScore, ScoreOptions } from './types';

/**
 * Scores many items, in input order (rank them with `rankScores`). Each score is the same as
 * `scoreItem` would give alone: adding or removing items never changes another item's score.
 *
 * @example
 * scoreItems(backlog.items, 'wsjf').filter((s) => s.result.ok).length;
 */
export function scoreItems(
  items: readonly WorkItem[],
  framework: Framework,
  options: ScoreOptions = {},
): ItemScore[] {
  const def = definitionOf(framework);
  const meta = prepare(def);
  const out: ItemScore[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    out[i] = { key: item.key, result: evaluate(def, item, options, meta) };
  }
  return out;
}
