import type { WorkItem } from './workItem';

/**
 * Whether an item is still to be done: neither done nor canceled. The one rule of which items
 * `score`, `plan` and the roadmap's scores rank, so an item scores the same in every command
 * (a framework that fills unknown efforts from the team's known ones depends on the set ranked).
 *
 * @example
 * isOpen({ statusCategory: 'in_progress', canceled: false }); // => true
 * isOpen({ statusCategory: 'todo', canceled: true }); // => false
 */
export function isOpen(item: Pick<WorkItem, 'statusCategory' | 'canceled'>): boolean {
  return item.statusCategory !== 'done' && !item.canceled;
}
