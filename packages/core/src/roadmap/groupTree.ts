import type { WorkItem } from '../model/index';
import { compareKeys } from './compareEntries';
import { type GroupValueOptions, groupValue, noValueLabel } from './groupValue';
import type { GroupField } from './types';

/**
 * A group of a roadmap view. Leaf groups hold items; inner groups (nested grouping, e.g.
 * initiative then project) hold sub-groups and no items of their own.
 *
 * @example
 * const g: RoadmapGroup<{ item: WorkItem }> = { id: 'initiative:Growth', field: 'initiative', value: 'Growth', label: 'Growth', depth: 0, total: 0, items: [], groups: [] };
 */
export interface RoadmapGroup<E> {
  /** Unique within its view: the path of field:value pairs, e.g. `initiative:Growth/project:Web`. */
  id: string;
  /** `null` for the single group of an ungrouped view. */
  field: GroupField | null;
  /** `null` for the "No …" group and for an ungrouped view. */
  value: string | null;
  /** The heading: the value, or "No initiative" (etc.), or "All items". */
  label: string;
  depth: number;
  /** Items in this group and every sub-group. */
  total: number;
  items: readonly E[];
  groups: readonly RoadmapGroup<E>[];
}

/**
 * Groups entries by `fields` in turn (nested), never dropping an entry: entries without a value
 * go to an explicit "No …" group, which sorts last. Groups are never empty. Release groups follow delivery order; other
 * groups sort by name. Items within a leaf group are sorted with `compare`.
 *
 * @example
 * const [growth] = buildGroupTree(entries, ['initiative'], { releases, compare: byKey });
 * growth.label; // => 'Growth'
 */
export function buildGroupTree<E extends { item: WorkItem }>(
  entries: readonly E[],
  fields: readonly GroupField[],
  options: GroupValueOptions & { compare: (a: E, b: E) => number },
): RoadmapGroup<E>[] {
  if (fields.length === 0) {
    if (entries.length === 0) return [];
    return [
      {
        id: 'all',
        field: null,
        value: null,
        label: 'All items',
        depth: 0,
        total: entries.length,
        items: [...entries].sort(options.compare),
        groups: [],
      },
    ];
  }
  return buildLevel(entries, fields, 0, '', options);
}

function buildLevel<E extends { item: WorkItem }>(
  entries: readonly E[],
  fields: readonly GroupField[],
  depth: number,
  parentId: string,
  options: GroupValueOptions & { compare: (a: E, b: E) => number },
): RoadmapGroup<E>[] {
  const field = fields[depth];
  if (field === undefined) return [];
  const buckets = new Map<string | null, E[]>();
  for (const entry of entries) {
    const value = groupValue(entry.item, field, options) ?? null;
    const bucket = buckets.get(value);
    if (bucket) bucket.push(entry);
    else buckets.set(value, [entry]);
  }
  const values = [...buckets.keys()].sort(groupOrder(field, options));
  const isLeaf = depth === fields.length - 1;
  return values.map((value) => {
    const members = buckets.get(value) ?? [];
    const id = `${parentId}${parentId ? '/' : ''}${field}:${value ?? '∅'}`;
    return {
      id,
      field,
      value,
      label: value ?? noValueLabel(field),
      depth,
      total: members.length,
      items: isLeaf ? members.sort(options.compare) : [],
      groups: isLeaf ? [] : buildLevel(members, fields, depth + 1, id, options),
    };
  });
}

function groupOrder(
  field: GroupField,
  options: GroupValueOptions,
): (a: string | null, b: string | null) => number {
  const releaseRank = new Map<string, number>();
  if (field === 'release') {
    // Release groups carry names; rank each name by the first release that has it.
    options.releases.all.forEach((release, index) => {
      if (!releaseRank.has(release.name)) releaseRank.set(release.name, index);
    });
  }
  return (a, b) => {
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    const ra = releaseRank.get(a);
    const rb = releaseRank.get(b);
    if (ra !== rb) {
      if (ra === undefined) return 1;
      if (rb === undefined) return -1;
      return ra - rb;
    }
    return compareKeys(a, b);
  };
}
