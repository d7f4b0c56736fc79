import type { WorkItem } from '../model/workItem';
import { evaluate } from './evaluate';
import { definitionOf, type Framework } from './framework';
import type { ScoreOptions, ScoreResult } from './types';

/**
 * Scores one item with a framework. The score is absolute (it depends on this item alone), comes
 * with an uncertainty range and an explanation, and missing or invalid inputs give an unscored
 * result naming each field. Never NaN, Infinity or a throw for any field content.
 *
 * @example
 * const item = WorkItemSchema.parse({
 *   id: '1', key: 'PM-1', title: 'Onboarding', statusCategory: 'todo',
 *   fields: { reach: 450, impact: 3, confidence: '100%', effort: 2 },
 * });
 * scoreItem(item, 'rice'); // => { ok: true, score: 675, range: { low: 675, high: 675 }, … }
 */
export function scoreItem(item: WorkItem, framework: Framework, options: ScoreOptions = {}): ScoreResult {
  return evaluate(definitionOf(framework), item, options);
}
