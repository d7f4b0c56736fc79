import type { WorkItem } from '../model/index';
import { indexChildren } from './indexChildren';
import type { Progress } from './types';

/**
 * How progress rolls up: by counting children or summing their point estimates, one level
 * down (`children`) or over every descendant (`descendants`, like Jira Product Discovery's
 * delivery progress).
 *
 * @example
 * const o: ProgressOptions = { by: 'points', depth: 'descendants' };
 */
export interface ProgressOptions {
  by?: 'count' | 'points';
  depth?: 'children' | 'descendants';
}

/**
 * Delivery progress of every item that has at least one non-cancelled child. Done children
 * count as done; cancelled children are left out of both numerator and denominator. By
 * points, only `points` estimates are summed; children without one add 0 and are counted in
 * `unestimated`. Parent links that form a cycle are followed once.
 *
 * @example
 * const progress = rollupProgress([
 *   { ...epic, key: 'E-1' },
 *   { ...story, key: 'S-1', parentKey: 'E-1', statusCategory: 'done' },
 *   { ...story, key: 'S-2', parentKey: 'E-1', statusCategory: 'todo' },
 * ]);
 * progress.get('E-1')?.ratio; // => 0.5
 */
export function rollupProgress(
  items: readonly WorkItem[],
  options: ProgressOptions = {},
): Map<string, Progress> {
  const by = options.by ?? 'count';
  const depth = options.depth ?? 'children';
  const children = indexChildren(items);
  const result = new Map<string, Progress>();
  for (const item of items) {
    if (!children.has(item.key) || result.has(item.key)) continue;
    const counted = depth === 'children' ? (children.get(item.key) ?? []) : descendants(item.key, children);
    const progress = tally(counted, by);
    if (progress.children > 0) result.set(item.key, progress);
  }
  return result;
}

function descendants(root: string, children: ReadonlyMap<string, WorkItem[]>): WorkItem[] {
  const seen = new Set<string>([root]);
  const out: WorkItem[] = [];
  const stack = [...(children.get(root) ?? [])];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (seen.has(item.key)) continue;
    seen.add(item.key);
    out.push(item);
    for (const child of children.get(item.key) ?? []) stack.push(child);
  }
  return out;
}

function tally(items: readonly WorkItem[], by: 'count' | 'points'): Progress {
  let done = 0;
  let inProgress = 0;
  let todo = 0;
  let counted = 0;
  let unestimated = 0;
  for (const item of items) {
    if (item.canceled) continue;
    counted++;
    let weight = 1;
    if (by === 'points') {
      const points = item.estimate?.unit === 'points' ? item.estimate.value : undefined;
      if (points === undefined) unestimated++;
      weight = points ?? 0;
    }
    if (item.statusCategory === 'done') done += weight;
    else if (item.statusCategory === 'in_progress') inProgress += weight;
    else todo += weight;
  }
  const total = done + inProgress + todo;
  return {
    unit: by === 'points' ? 'points' : 'items',
    done,
    inProgress,
    todo,
    total,
    ratio: total > 0 ? done / total : 0,
    children: counted,
    unestimated,
  };
}
