import type { WorkItem } from '../model/index';
import type { RoadmapLevel } from './types';

/**
 * Which items a view leaves out as children: with level `top`, an item whose parent is also
 * in the view is shown through that parent (its progress rolls up there), not on its own. A
 * parent missing from the view, or a self-link, keeps the item visible so nothing disappears.
 *
 * @example
 * const hidden = hiddenAsChild([epic, { ...story, parentKey: epic.key }], 'top');
 * hidden({ ...story, parentKey: epic.key }); // => true
 * hidden(epic); // => false
 */
export function hiddenAsChild(
  items: readonly WorkItem[],
  level: RoadmapLevel | undefined,
): (item: WorkItem) => boolean {
  const keys = new Set(items.map((i) => i.key));
  return (item) =>
    level === 'top' &&
    item.parentKey !== undefined &&
    item.parentKey !== item.key &&
    keys.has(item.parentKey);
}
