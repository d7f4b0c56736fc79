import type { WorkItem } from '../model/index';

/**
 * A "must finish before" link between two items of the input.
 *
 * @example
 * const d: Dependency = { from: 'PM-1', to: 'PM-2' }; // PM-2 is blocked by PM-1
 */
export interface Dependency {
  /** The prerequisite. */
  from: string;
  /** The item that waits for it. */
  to: string;
}

/**
 * Every dependency among `items`, from both sides of the link (`blockedBy` and `blocks`),
 * deduplicated, in input order. Links to keys outside `items` and self-links are returned in
 * `dangling` rather than dropped silently.
 *
 * @example
 * collectDependencies([{ ...a, key: 'A', blocks: ['B'] }, { ...b, key: 'B', blockedBy: ['A'] }]).dependencies;
 * // => [{ from: 'A', to: 'B' }]
 */
export function collectDependencies(items: readonly WorkItem[]): {
  dependencies: Dependency[];
  dangling: Dependency[];
} {
  const keys = new Set<string>();
  for (const item of items) keys.add(item.key);
  // Dedupe by pair without building a string per link: most items have no links at all.
  const seen = new Map<string, Set<string>>();
  const dependencies: Dependency[] = [];
  const dangling: Dependency[] = [];
  const add = (from: string, to: string): void => {
    let targets = seen.get(from);
    if (targets === undefined) {
      targets = new Set();
      seen.set(from, targets);
    } else if (targets.has(to)) return;
    targets.add(to);
    if (from === to || !keys.has(from) || !keys.has(to)) dangling.push({ from, to });
    else dependencies.push({ from, to });
  };
  for (const item of items) {
    if (item.blockedBy.length > 0) for (const prerequisite of item.blockedBy) add(prerequisite, item.key);
    if (item.blocks.length > 0) for (const dependent of item.blocks) add(item.key, dependent);
  }
  return { dependencies, dangling };
}
