import type { EstimateUnit, WorkItem } from '@trailmap/core';
import { isOpen } from '@trailmap/core';

/**
 * Keys that some item names as its parent, so "has children" is one lookup, not a scan per item
 * (quadratic on a 50k-issue export).
 *
 * @example
 * parentKeys([{ key: 'A-2', parentKey: 'A-1', … }]); // => Set { 'A-1' }
 */
export function parentKeys(items: readonly WorkItem[]): Set<string> {
  const keys = new Set<string>();
  for (const i of items) if (i.parentKey) keys.add(i.parentKey);
  return keys;
}

/**
 * Gives each open, unestimated leaf item the median of the known estimates in the dominant
 * unit, so `--default-size median` can plan a backlog most teams never fully estimate.
 *
 * @example
 * withMedianSize(items); // => { items: [… every open leaf estimated …], size: 3, sized: 12 }
 */
export function withMedianSize(items: readonly WorkItem[]): {
  items: WorkItem[];
  size?: number;
  sized?: number;
} {
  const estimates = items.flatMap((i) => (i.estimate ? [i.estimate] : []));
  const counts = new Map<string, number>();
  for (const e of estimates) counts.set(e.unit, (counts.get(e.unit) ?? 0) + 1);
  const unit = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] as EstimateUnit | undefined;
  if (!unit) return { items: [...items] };
  const values = estimates.filter((e) => e.unit === unit).map((e) => e.value);
  values.sort((a, b) => a - b);
  const mid = Math.floor(values.length / 2);
  const size = values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
  let sized = 0;
  const parents = parentKeys(items);
  const out = items.map((i) => {
    if (i.estimate || !isOpen(i) || parents.has(i.key)) return i;
    sized++;
    return { ...i, estimate: { value: size, unit } };
  });
  return { items: out, size, sized };
}
