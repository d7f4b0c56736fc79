/**
 * Orders items so that every prerequisite precedes its dependents, or names one cycle that
 * makes such an order impossible (as item ids, the first repeated at the end).
 *
 * @example
 * orderByDependencies(['a', 'b'], [[1], [0]]); // => { ok: false, cycle: ['a', 'b', 'a'] }
 * orderByDependencies(['a', 'b'], [[], [0]]);  // => { ok: true, order: [0, 1] }
 */
export function orderByDependencies(
  ids: readonly string[],
  prerequisites: readonly (readonly number[])[],
): { ok: true; order: number[] } | { ok: false; cycle: string[] } {
  const n = ids.length;
  const remaining = prerequisites.map((pre) => new Set(pre).size);
  const dependents: number[][] = ids.map(() => []);
  prerequisites.forEach((pre, i) => {
    for (const p of new Set(pre)) dependents[p]!.push(i);
  });
  const order: number[] = [];
  const queue: number[] = [];
  for (let i = 0; i < n; i++) if (remaining[i] === 0) queue.push(i);
  while (queue.length > 0) {
    const i = queue.shift()!;
    order.push(i);
    for (const d of dependents[i]!) {
      remaining[d]!--;
      if (remaining[d] === 0) queue.push(d);
    }
  }
  if (order.length === n) return { ok: true, order };
  // Every item left has a prerequisite that is also left, so walking prerequisites must revisit one.
  const left = new Set<number>();
  for (let i = 0; i < n; i++) if (remaining[i]! > 0) left.add(i);
  const start = [...left][0]!;
  const seenAt = new Map<number, number>();
  const path: number[] = [];
  let at = start;
  while (!seenAt.has(at)) {
    seenAt.set(at, path.length);
    path.push(at);
    at = prerequisites[at]!.find((p) => left.has(p))!;
  }
  // Reverse so the cycle reads in delivery order: prerequisite → dependent.
  const reversed = path.slice(seenAt.get(at)!).reverse();
  // Start at the item listed first in the input, so the message is stable.
  const first = reversed.indexOf(Math.min(...reversed));
  const cycle = [...reversed.slice(first), ...reversed.slice(0, first)];
  return { ok: false, cycle: [...cycle, cycle[0]!].map((i) => ids[i]!) };
}
