import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tinyModel } from '../../test/release/tinyModel';
import { BundleSearch } from './bundleSearch';
import { validatePlanningModel } from './validatePlanningModel';

// The fill as a plain scan (every bundle at every release, per addition), the way it was written
// before the heap: the heap must make the same choices in the same order.
function scanFill(search: BundleSearch, shared: boolean, excluded?: ReadonlySet<number>): number[] {
  const m = search.model;
  const added: number[] = [];
  for (;;) {
    let best = -1;
    let bestRelease = -1;
    let bestRatio = -1;
    let bestGain = -1;
    for (let k = 0; k < m.bundles.length; k++) {
      if (search.selected[k]! >= 0 || excluded?.has(k)) continue;
      const items = new Set(m.bundles[k]!.items);
      let value = m.bundles[k]!.value;
      m.bundles.forEach((inner, j) => {
        const nested =
          j !== k &&
          inner.items.length > 0 &&
          inner.items.length <= items.size &&
          inner.items.every((i) => items.has(i));
        if (nested && search.selected[j]! < 0 && !excluded?.has(j)) value += inner.value;
      });
      for (let r = 0; r < m.releaseCount; r++) {
        const gain = value * m.weight[r]!;
        if (gain <= 0) continue;
        const real = search.addedCost(k, r);
        if (real < 0) continue;
        let cost = real;
        if (shared) {
          cost = 0;
          for (const i of m.bundles[k]!.items) {
            const cur = search.release[i]!;
            if (cur >= 0 && cur <= r) continue;
            const demand = m.itemBundles[i]!.filter((b) => search.selected[b]! < 0).length;
            cost += m.cost[i]! / Math.max(1, demand);
          }
        }
        const ratio = cost <= 1e-9 ? Number.POSITIVE_INFINITY : gain / cost;
        if (ratio > bestRatio || (ratio === bestRatio && gain > bestGain)) {
          best = k;
          bestRelease = r;
          bestRatio = ratio;
          bestGain = gain;
        }
      }
    }
    if (best < 0) return added;
    search.add(best, bestRelease);
    added.push(best);
  }
}

describe('BundleSearch.fill', () => {
  it('adds the same bundles at the same releases, in the same order, as a full scan per addition', () => {
    fc.assert(
      fc.property(tinyModel(14, 3), fc.boolean(), fc.integer({ min: 0, max: 3 }), (input, shared, drop) => {
        const valid = validatePlanningModel(input);
        if (!valid.ok) return;
        const heap = new BundleSearch(valid.model.compiled, valid.model.mustHavePlacement);
        const scan = new BundleSearch(valid.model.compiled, valid.model.mustHavePlacement);
        heap.sharedCosts = shared;
        scan.sharedCosts = shared;
        expect(heap.fill()).toEqual(scanFill(scan, shared));
        expect(Array.from(heap.release)).toEqual(Array.from(scan.release));
        // A refill after dropping some bundles, with them excluded, as the local search does.
        const dropped = Array.from(heap.selected.keys())
          .filter((k) => heap.selected[k]! >= 0)
          .slice(0, drop);
        const removed = new Set(dropped.filter((k) => heap.remove(k) && scan.remove(k)));
        expect(heap.fill(removed)).toEqual(scanFill(scan, shared, removed));
        expect(Array.from(heap.selected)).toEqual(Array.from(scan.selected));
      }),
      { numRuns: 400 },
    );
  });

  it('fills a release again when an item moving to an earlier release frees room there', () => {
    // d is pinned to r1, so c's bundle {d, c} may only go to r1. F fills r0 partly, {S, a} goes to
    // r1 and fills it, so {d, c} must wait; then {S, b} fits r0, pulls S there and frees r1.
    const item = (id: string, cost: number, value: number, prerequisites: string[] = []) => ({
      id,
      cost,
      value,
      prerequisites,
    });
    const valid = validatePlanningModel({
      items: [
        { ...item('d', 1, 0), mustHave: { release: 'r1' } },
        item('F', 2, 100),
        item('S', 3, 0),
        item('a', 2, 30, ['S']),
        item('c', 2, 10, ['d']),
        item('b', 1, 12, ['S']),
      ],
      releases: [
        { id: 'r0', capacity: 6 },
        { id: 'r1', capacity: 6 },
      ],
      customers: [],
      discount: 0,
    });
    if (!valid.ok) throw new Error('the example model must be valid');
    const search = new BundleSearch(valid.model.compiled, valid.model.mustHavePlacement);
    const scan = new BundleSearch(valid.model.compiled, valid.model.mustHavePlacement);
    expect(search.fill()).toEqual(scanFill(scan, false));
    const at = (id: string) => search.release[valid.model.compiled.ids.indexOf(id)];
    expect([at('S'), at('c')]).toEqual([0, 1]);
  });
});
