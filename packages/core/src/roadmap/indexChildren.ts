import type { WorkItem } from '../model/index';

/**
 * Lists each parent's direct children by parent key, in input order. Items without a parent,
 * or naming themselves as parent (a self-link in an export), are nobody's child, so a walk
 * down this index never loops on a single item. The parent key need not be among `items`.
 *
 * @example
 * const children = indexChildren([
 *   { ...epic, key: 'E-1' },
 *   { ...story, key: 'S-1', parentKey: 'E-1' },
 *   { ...story, key: 'S-2', parentKey: 'S-2' },
 * ]);
 * children.get('E-1')?.map((i) => i.key); // => ['S-1']
 * children.has('S-2'); // => false
 */
export function indexChildren(items: readonly WorkItem[]): Map<string, WorkItem[]> {
  const children = new Map<string, WorkItem[]>();
  for (const item of items) {
    if (item.parentKey === undefined || item.parentKey === item.key) continue;
    const list = children.get(item.parentKey);
    if (list) list.push(item);
    else children.set(item.parentKey, [item]);
  }
  return children;
}
