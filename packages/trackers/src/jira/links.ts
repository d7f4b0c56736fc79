import { type DraftItem, pushUnique } from '../draft/draft';

// Link types that order work. Blocks: outward "blocks X". Dependency: outward "depends on X".
const BLOCKING = new Set(['blocks', 'blocker', 'dependency', 'depends']);
const DEPENDS = new Set(['dependency', 'depends']);

// The hierarchy link some sites add (Server/DC, Advanced Roadmaps): outward = "is parent of".
// Sites spell the type name `Parent-Child`, `Parent/Child`, `Parent Child`…
const isParentChild = (type: string): boolean => type.replace(/[\s_/-]+/g, '') === 'parentchild';

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
  } else if (isParentChild(type) && direction === 'outward') {
    pushUnique(d.childKeys, keys);
  } else if (isParentChild(type)) {
    // The Parent and Epic Link columns may come later in the row (or REST's fields): which one
    // wins is decided once every item is read (assembleBacklog's resolveParents).
    if (!d.linkParentKey && keys[0]) d.linkParentKey = keys[0];
  } else {
    pushUnique(d.relatedKeys, keys);
  }
}
