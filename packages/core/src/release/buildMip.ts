import { PINNED_ANY } from './compiledModel';
import type { MipProblem } from './mipSolver';
import type { ValidPlanningModel } from './validatePlanningModel';

/** The MIP of a planning model plus the maps between plans and column vectors. */
export interface PlanningMip {
  problem: MipProblem;
  /** Column vector of an assignment (release index per item, `-1` = deferred). */
  encode(release: readonly number[]): number[];
  /** Assignment of a column vector. */
  decode(values: readonly number[]): number[];
}

/**
 * Builds the release-planning MIP. `z[i,r] = 1` when item `i` ships in release `r` or earlier
 * (cumulative, so precedence is `z[b,r] ≤ z[a,r]`); `y[k,r] = 1` when value bundle `k` (a customer
 * or an item's own value; identical bundles merged) has shipped by `r`, with `y[k,r] ≤ z[i,r]`
 * for its items that no other item of the bundle requires (the rest follow by precedence).
 * Objective `Σ v_k (w_r − w_{r+1}) y[k,r]` telescopes to `v_k · w_(release it completes in)`.
 *
 * @example
 * const { problem, encode } = buildMip(valid);
 * problem.numCols; // n·R item columns + bundle columns
 */
export function buildMip(valid: ValidPlanningModel): PlanningMip {
  const m = valid.compiled;
  const R = m.releaseCount;
  const z = (i: number, r: number): number => i * R + r;
  const colNames: string[] = [];
  const colCost: number[] = [];
  const colLower: number[] = [];
  const colUpper: number[] = [];
  // Fixings the solver would find only by search: nothing ships by release r if it and its
  // prerequisites cost more than all capacity up to r.
  const cumulative: number[] = [];
  for (const [r, c] of m.capacity.entries()) cumulative.push(c + (cumulative[r - 1] ?? 0));
  const closureCost = (items: readonly number[]): number => items.reduce((s, i) => s + m.cost[i]!, 0);
  for (let i = 0; i < m.n; i++) {
    const need = closureCost(m.closure[i]!) + m.cost[i]!;
    for (let r = 0; r < R; r++) {
      colNames.push(`z_${i}_${r}`);
      colCost.push(0);
      const pin = m.pin[i]!;
      const forcedOn = (pin >= 0 && r >= pin) || (pin === PINNED_ANY && r === R - 1);
      const forcedOff = (pin >= 0 && r < pin) || (need > cumulative[r]! + 1e-9 && !forcedOn);
      colLower.push(forcedOn ? 1 : 0);
      colUpper.push(forcedOff ? 0 : 1);
    }
  }
  const rows: { lower: number; upper: number; entries: [number, number][] }[] = [];
  for (let i = 0; i < m.n; i++) {
    for (let r = 0; r + 1 < R; r++)
      rows.push({
        lower: -Infinity,
        upper: 0,
        entries: [
          [z(i, r), 1],
          [z(i, r + 1), -1],
        ],
      });
    for (const p of m.prerequisites[i]!) {
      for (let r = 0; r < R; r++)
        rows.push({
          lower: -Infinity,
          upper: 0,
          entries: [
            [z(i, r), 1],
            [z(p, r), -1],
          ],
        });
    }
  }
  // Merge bundles that need the same items: one column with their summed value.
  const merged = new Map<string, { value: number; frontier: number[]; cost: number }>();
  for (const bundle of m.bundles) {
    const inBundle = new Set(bundle.items);
    const frontier = bundle.items.filter((i) => !m.dependents[i]!.some((d) => inBundle.has(d)));
    const key = frontier.join(',');
    const entry = merged.get(key);
    if (entry) entry.value += bundle.value;
    else merged.set(key, { value: bundle.value, frontier, cost: closureCost(bundle.items) });
  }
  const bundleCols: { col: number; frontier: number[]; r: number }[] = [];
  for (const { value, frontier, cost } of merged.values()) {
    for (let r = 0; r < R; r++) {
      const coef = value * (m.weight[r]! - (m.weight[r + 1] ?? 0));
      if (coef <= 0 || cost > cumulative[r]! + 1e-9) continue;
      const col = colNames.length;
      colNames.push(`y_${bundleCols.length}`);
      colCost.push(coef);
      colLower.push(0);
      colUpper.push(1);
      bundleCols.push({ col, frontier, r });
      for (const i of frontier)
        rows.push({
          lower: -Infinity,
          upper: 0,
          entries: [
            [col, 1],
            [z(i, r), -1],
          ],
        });
    }
  }
  for (let r = 0; r < R; r++) {
    const entries = (keep: (i: number) => boolean): [number, number][] => {
      const out: [number, number][] = [];
      for (let i = 0; i < m.n; i++) {
        if (!keep(i) || m.cost[i] === 0) continue;
        out.push([z(i, r), m.cost[i]!]);
        if (r > 0) out.push([z(i, r - 1), -m.cost[i]!]);
      }
      return out;
    };
    rows.push({ lower: -Infinity, upper: m.capacity[r]!, entries: entries(() => true) });
    m.teams.forEach((_, t) => {
      const cap = m.teamCapacity[r]![t]!;
      if (Number.isFinite(cap))
        rows.push({ lower: -Infinity, upper: cap, entries: entries((i) => m.team[i] === t) });
    });
  }
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of rows) {
    row.entries.sort((a, b) => a[0] - b[0]);
    for (const [c, v] of row.entries) {
      indices.push(c);
      values.push(v);
    }
    starts.push(indices.length);
  }
  const problem: MipProblem = {
    numCols: colNames.length,
    numRows: rows.length,
    colNames,
    colCost,
    colLower,
    colUpper,
    integer: colNames.map(() => true),
    rowLower: rows.map((row) => row.lower),
    rowUpper: rows.map((row) => row.upper),
    starts,
    indices,
    values,
  };
  return {
    problem,
    encode(release) {
      const x = colNames.map(() => 0);
      for (let i = 0; i < m.n; i++) {
        const ri = release[i] ?? -1;
        for (let r = 0; r < R; r++) if (ri >= 0 && ri <= r) x[z(i, r)] = 1;
      }
      for (const b of bundleCols) x[b.col] = b.frontier.every((i) => x[z(i, b.r)] === 1) ? 1 : 0;
      return x;
    },
    decode(x) {
      return m.ids.map((_, i) => {
        for (let r = 0; r < R; r++) if ((x[z(i, r)] ?? 0) > 0.5) return r;
        return -1;
      });
    },
  };
}
