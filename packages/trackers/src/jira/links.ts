import { type DraftItem, pushUnique } from '../draft/draft';

// Link types that order work. Blocks: outward "blocks X". Dependency: outward "depends on X".
const BLOCKING = new Set(['blocks', 'blocker', 'dependency', 'depends']);
const DEPENDS = new Set(['dependency', 'depends']);

/**
 * Applies one Jira issue link (as both the CSV's `Inward issue link (Blocks)` columns and REST's
 * `issuelinks` give it) to a draft item: Blocks/Dependency into `blocks`/`blockedBy`,
 * Parent-Child into the hierarchy, every other type (Relates, Cloners…) into `relatedKeys`.
 *
 * @example
 * applyJiraLink(d, 'inward', 'Blocks', ['PM-2']); // d.item.blockedBy => ['PM-2']
 */
export function applyJiraLink(
  d: DraftItem,
  direction: 'inward' | 'outward',
  typeName: string,
  keys: readonly string[],
): void {
  const type = typeName.trim().toLowerCase();
  if (BLOCKING.has(type)) {
    const thisBlocks = DEPENDS.has(type) ? direction === 'inward' : direction === 'outward';
    pushUnique(thisBlocks ? d.item.blocks : d.item.blockedBy, keys);
  } else if (type === 'parent-child' && direction === 'outward') {
    pushUnique(d.childKeys, keys);
  } else if (type === 'parent-child') {
    if (!d.item.parentKey && keys[0]) d.item.parentKey = keys[0];
  } else {
    pushUnique(d.relatedKeys, keys);
  }
}
