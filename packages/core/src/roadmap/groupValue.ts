import type { WorkItem } from '../model/index';
import type { ReleaseContext } from './releaseContext';
import type { GroupField } from './types';

/**
 * How to read a group value from an item.
 *
 * @example
 * const o: GroupValueOptions = { releases: releaseContext(backlog.releases, today), labelOrder: ['security'] };
 */
export interface GroupValueOptions {
  releases: ReleaseContext;
  /** Labels in priority order: an item's primary label is the first of these it carries. */
  labelOrder?: readonly string[] | undefined;
  /** Looks up an item's parent, so stories without an initiative inherit their epic's. */
  parentOf?: ((item: WorkItem) => WorkItem | undefined) | undefined;
}

/**
 * A parent lookup over `items` for `GroupValueOptions.parentOf`.
 *
 * @example
 * const parentOf = parentLookup(items);
 * parentOf(story)?.key; // => 'PM-1'
 */
export function parentLookup(items: readonly WorkItem[]): (item: WorkItem) => WorkItem | undefined {
  const byKey = new Map<string, WorkItem>();
  for (const item of items) if (!byKey.has(item.key)) byKey.set(item.key, item);
  return (item) =>
    item.parentKey === undefined || item.parentKey === item.key ? undefined : byKey.get(item.parentKey);
}

/**
 * The value an item is grouped under for a field, or `undefined` when it has none (it then
 * lands in the explicit "No …" group). Releases group by name, so a Jira fix version and a
 * Linear cycle read the same. Initiative, project and theme are inherited from the nearest
 * ancestor that has one (a story belongs to its epic's initiative, as in Jira Plans); team,
 * assignee, label and release are the item's own.
 *
 * @example
 * groupValue({ ...item, team: 'Payments' }, 'team', opts); // => 'Payments'
 */
export function groupValue(
  item: WorkItem,
  field: GroupField,
  options: GroupValueOptions,
): string | undefined {
  switch (field) {
    case 'label':
      return primaryLabel(item, options.labelOrder);
    case 'component': {
      // Jira components arrive as `fields.components` ("Billing, API"); the first one groups.
      const components = item.fields.components;
      const first = typeof components === 'string' ? components.split(',')[0]?.trim() : undefined;
      return first ? first : undefined;
    }
    case 'milestone': {
      // Linear project milestones arrive as `fields.milestone`; Jira has none.
      const milestone = item.fields.milestone;
      return typeof milestone === 'string' && milestone.trim() !== '' ? milestone.trim() : undefined;
    }
    case 'release': {
      if (item.release === undefined || item.release === '') return undefined;
      return options.releases.releaseOf(item)?.name ?? item.release;
    }
    case 'initiative':
    case 'project':
    case 'theme': {
      let current: WorkItem | undefined = item;
      // Bounded walk: a parent cycle in bad data must not hang the page.
      for (let depth = 0; current && depth < 32; depth++) {
        const value = current[field];
        if (value !== undefined && value !== '') return value;
        current = options.parentOf?.(current);
      }
      return undefined;
    }
    default: {
      const value = item[field];
      return value === undefined || value === '' ? undefined : value;
    }
  }
}

/**
 * The one label an item is grouped under, so a multi-labelled item still appears exactly once
 * per view: the first label of `labelOrder` the item carries, else the item's first label
 * (tracker order, as exported).
 *
 * @example
 * primaryLabel({ ...item, labels: ['ux', 'security'] }, ['security']); // => 'security'
 * primaryLabel({ ...item, labels: ['ux', 'security'] }); // => 'ux'
 */
export function primaryLabel(item: WorkItem, labelOrder?: readonly string[]): string | undefined {
  const labels = item.labels.filter((l) => l !== '');
  if (labelOrder) {
    for (const label of labelOrder) if (labels.includes(label)) return label;
  }
  return labels[0];
}

/**
 * The heading of the group for items without a value, e.g. "No initiative".
 *
 * @example
 * noValueLabel('assignee'); // => 'Unassigned'
 */
export function noValueLabel(field: GroupField): string {
  return NO_VALUE[field];
}

/**
 * The heading word for a field, e.g. "Initiative".
 *
 * @example
 * fieldTitle('theme'); // => 'Theme'
 */
export function fieldTitle(field: GroupField): string {
  return field.charAt(0).toUpperCase() + field.slice(1);
}

const NO_VALUE: Record<GroupField, string> = {
  initiative: 'No initiative',
  project: 'No project',
  theme: 'No theme',
  label: 'No label',
  team: 'No team',
  assignee: 'Unassigned',
  release: 'No release',
  component: 'No component',
  milestone: 'No milestone',
};
