import type { CompiledModel } from './compiledModel';
import { NOT_PINNED, PINNED_ANY } from './compiledModel';

/** Why the must-haves could not all be placed. */
export interface MustHavePlacementFailure {
  /** The must-have that did not fit. */
  item: number;
  /** The release it was pinned to, or `-1` for "any release". */
  release: number;
}

/**
 * Places every must-have (pinned ones first, in release order, then "any release" ones) together
 * with the prerequisites it drags in, each at the earliest release with room. Returns the release
 * per item (`-1` = free) or the first must-have that does not fit.
 *
 * @example
 * const placed = placeMustHaves(compiled);
 * if (placed.ok) placed.release; // e.g. [0, -1, 0]
 */
export function placeMustHaves(
  model: CompiledModel,
): { ok: true; release: number[] } | { ok: false; failure: MustHavePlacementFailure } {
  const R = model.releaseCount;
  const release: number[] = Array.from({ length: model.n }, () => -1);
  const used: number[] = Array.from({ length: R }, () => 0);
  const teamUsed = Array.from({ length: R }, () => model.teams.map(() => 0));
  const topoIndex: number[] = [];
  model.topological.forEach((i, k) => {
    topoIndex[i] = k;
  });
  const musts = model.topological.filter((i) => model.pin[i] !== NOT_PINNED);
  const pinKey = (i: number): number => (model.pin[i] === PINNED_ANY ? R : model.pin[i]!);
  musts.sort((a, b) => pinKey(a) - pinKey(b) || topoIndex[a]! - topoIndex[b]!);
  const fits = (i: number, r: number): boolean =>
    used[r]! + model.cost[i]! <= model.capacity[r]! + 1e-9 &&
    (model.team[i]! < 0 ||
      teamUsed[r]![model.team[i]!]! + model.cost[i]! <= model.teamCapacity[r]![model.team[i]!]! + 1e-9);
  const put = (i: number, r: number, sign: 1 | -1): void => {
    used[r]! += sign * model.cost[i]!;
    if (model.team[i]! >= 0) teamUsed[r]![model.team[i]!]! += sign * model.cost[i]!;
    release[i] = sign === 1 ? r : -1;
  };
  // Places `i` and its unplaced prerequisites at releases ≤ `last`; undoes everything on failure.
  const tryPlace = (i: number, last: number): boolean => {
    const placed: number[] = [];
    const todo = [...model.closure[i]!.filter((p) => release[p]! < 0), i].sort(
      (a, b) => topoIndex[a]! - topoIndex[b]!,
    );
    for (const j of todo) {
      const from = Math.max(0, ...model.prerequisites[j]!.map((p) => release[p]!));
      const pinned = model.pin[j]! >= 0 ? model.pin[j]! : -1;
      let chosen = -1;
      if (pinned >= 0) {
        if (pinned >= from && pinned <= last && fits(j, pinned)) chosen = pinned;
      } else {
        for (let r = j === i ? Math.max(from, last) : from; r <= last && chosen < 0; r++) {
          if (fits(j, r)) chosen = r;
        }
      }
      if (chosen < 0) {
        for (const k of placed) put(k, release[k]!, -1);
        return false;
      }
      put(j, chosen, 1);
      placed.push(j);
    }
    return true;
  };
  for (const i of musts) {
    if (release[i]! >= 0) continue;
    const pin = model.pin[i]!;
    let ok = false;
    if (pin >= 0) ok = tryPlace(i, pin);
    else for (let r = 0; r < R && !ok; r++) ok = tryPlace(i, r);
    if (!ok) return { ok: false, failure: { item: i, release: pin >= 0 ? pin : -1 } };
  }
  return { ok: true, release };
}
