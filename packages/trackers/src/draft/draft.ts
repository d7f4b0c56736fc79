import type { CustomerInput, FeedbackInput, ReleaseInput, WorkItemInput } from '@trailmap/core';

/** Where an imported item came from, for error messages and feedback records. */
export type DraftSource = 'jira' | 'linear' | 'json';

/**
 * An item as a mapping file produced it, before cross-references are resolved: customers are
 * still names, parents may still be numeric ids, links may point outside the export.
 */
export interface DraftItem {
  /** 1-based line of the source row. */
  row: number;
  item: WorkItemInput & {
    blockedBy: string[];
    blocks: string[];
    labels: string[];
    fields: Record<string, unknown>;
  };
  /** Customer names as written in the export. */
  customerNames: string[];
  /** Keys linked by non-dependency links (Relates, Cloners, Related to…): feedback → ideas. */
  relatedKeys: string[];
  /** Numeric tracker id of the parent, when the export gives no parent key. */
  parentId?: string;
  /**
   * The parent named by a Parent-Child link (`Inward issue link (Parent-Child)`): used only when
   * no Parent / Parent id / Epic Link value names one.
   */
  linkParentKey?: string;
  /** Keys of children named by this item (old Server `Outward issue link (Parent-Child)`). */
  childKeys: string[];
  /** The tracker's rank as written (a LexoRank or a number), ordered across the export later. */
  rankText?: string;
  isFeedback: boolean;
  /** Labels that only marked the item as feedback, kept off the Feedback record's labels. */
  feedbackMarkerLabels: string[];
}

/** What a mapping file hands to `assembleBacklog`. */
export interface DraftBacklog {
  source: DraftSource;
  items: DraftItem[];
  /** Releases known from the export itself (Linear cycles with dates). */
  releases: ReleaseInput[];
  warnings: string[];
  /**
   * Set when all-numeric dates were read in an order the values did not decide (every value
   * ≤ 12/12) and the config did not set: the order assumed, for `init` to propose.
   */
  guessedDateOrder?: 'dmy' | 'mdy';
  /** Feedback and customers a source states outright (Trailmap JSON), merged after assembly. */
  extra?: { feedback?: FeedbackInput[] | undefined; customers?: CustomerInput[] | undefined };
}

/** What every mapping knows about an item when it starts one: the rest is set slot by slot. */
export type DraftItemBase = Pick<WorkItemInput, 'id' | 'key' | 'title' | 'statusCategory'> &
  Pick<Partial<WorkItemInput>, 'description' | 'type' | 'status' | 'canceled'>;

/**
 * A fresh draft item with empty collections.
 *
 * @example
 * newDraftItem(2, { id: '1', key: 'PM-1', title: 'x', statusCategory: 'todo' }).item.labels; // => []
 */
export function newDraftItem(row: number, base: DraftItemBase): DraftItem {
  // One object literal, not `{ ...base, … }`: V8 gives a spread copy no room for the slots the
  // mapping then sets, and on a 50k-issue export that garbage (~300 MB, promoted before it
  // dies) was most of the import's peak memory.
  const item: DraftItem['item'] = {
    id: base.id,
    key: base.key,
    title: base.title,
    statusCategory: base.statusCategory,
    blockedBy: [],
    blocks: [],
    labels: [],
    fields: {},
  };
  if (base.description !== undefined) item.description = base.description;
  if (base.type !== undefined) item.type = base.type;
  if (base.status !== undefined) item.status = base.status;
  if (base.canceled !== undefined) item.canceled = base.canceled;
  return {
    row,
    item,
    customerNames: [],
    relatedKeys: [],
    childKeys: [],
    isFeedback: false,
    feedbackMarkerLabels: [],
  };
}

/**
 * Adds values not already present, keeping first-seen order.
 *
 * @example
 * const a = ['x']; pushUnique(a, ['x', 'y']); a; // => ['x', 'y']
 */
export function pushUnique(target: string[], values: Iterable<string>): void {
  for (const v of values) if (v && !target.includes(v)) target.push(v);
}

/**
 * The work-item fields a tracker cell fills with plain text, shared by every source's mapping.
 *
 * @example
 * const slot: DraftTextSlot = 'assignee';
 */
export type DraftTextSlot =
  | 'parentKey'
  | 'initiative'
  | 'theme'
  | 'team'
  | 'project'
  | 'assignee'
  | 'priority'
  | 'release'
  | 'startDate'
  | 'targetDate'
  | 'createdAt'
  | 'updatedAt'
  | 'completedAt';

/**
 * Sets a text field only when the tracker gave a value: an empty cell never overwrites one read earlier.
 *
 * @example
 * setDraftText(item, 'assignee', ''); // item.assignee unchanged
 */
export function setDraftText(item: DraftItem['item'], key: DraftTextSlot, value: string | undefined): void {
  if (value === undefined || value === '') return;
  // One named store per slot: a computed `item[key] =` store met every slot on items of many
  // shapes and was the mapping's slowest line (1.3 of 14 CPU s on a 50k-issue export).
  switch (key) {
    case 'parentKey':
      item.parentKey = value;
      break;
    case 'initiative':
      item.initiative = value;
      break;
    case 'theme':
      item.theme = value;
      break;
    case 'team':
      item.team = value;
      break;
    case 'project':
      item.project = value;
      break;
    case 'assignee':
      item.assignee = value;
      break;
    case 'priority':
      item.priority = value;
      break;
    case 'release':
      item.release = value;
      break;
    case 'startDate':
      item.startDate = value;
      break;
    case 'targetDate':
      item.targetDate = value;
      break;
    case 'createdAt':
      item.createdAt = value;
      break;
    case 'updatedAt':
      item.updatedAt = value;
      break;
    case 'completedAt':
      item.completedAt = value;
      break;
  }
}

/**
 * Takes the parent from a Parent-Child link when nothing else names one: a Parent, Parent id or
 * Epic Link value always wins over the link. Call once the item's fields are all read.
 *
 * @example
 * applyLinkParent(d); // d.linkParentKey 'PM-1', no parent column => d.item.parentKey 'PM-1'
 */
export function applyLinkParent(d: DraftItem): void {
  if (d.linkParentKey && d.item.parentKey === undefined && d.parentId === undefined)
    d.item.parentKey = d.linkParentKey;
}
