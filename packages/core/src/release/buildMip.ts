import { PINNED_ANY } from './compiledModel';
import type { MipProblem } from './mipSolver';
import type { ValidPlanningModel } from './validatePlanningModel';

/** The MIP of a planning model plus the maps between plans and column vectors. */
export interface PlanningMip {
  problem: MipProblem;
  /** Column vector of an assignment (release index per item, `-1` = deferred). */
  encode(release: readonly number[]): Float64Array;
  /** Assignment of a column vector. */
  decode(values: ArrayLike<number>): number[];
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
      colCost.push(0);
      const pin = m.pin[i]!;
      const forcedOn = (pin >= 0 && r >= pin) || (pin === PINNED_ANY && r === R - 1);
      const forcedOff = (pin >= 0 && r < pin) || (need > cumulative[r]! + 1e-9 && !forcedOn);
      colLower.push(forcedOn ? 1 : 0);
      colUpper.push(forcedOff ? 0 : 1);
    }
  }
  // Rows go straight into CSR (every row's columns ascending): one object per row and one pair
  // per entry were most of the memory on a 50k-issue model.
  const rows = new CsrRows();
  // `a ≤ b` as `x[a] − x[b] ≤ 0`.
  const atMost = (a: number, b: number): void =>
    a < b ? rows.add(-Infinity, 0, [a, b], [1, -1]) : rows.add(-Infinity, 0, [b, a], [-1, 1]);
  for (let i = 0; i < m.n; i++) {
    for (let r = 0; r + 1 < R; r++) atMost(z(i, r), z(i, r + 1));
    for (const p of m.prerequisites[i]!) for (let r = 0; r < R; r++) atMost(z(i, r), z(p, r));
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
      const col = colCost.length;
      colCost.push(coef);
      colLower.push(0);
      colUpper.push(1);
      bundleCols.push({ col, frontier, r });
      for (const i of frontier) atMost(col, z(i, r));
    }
  }
  for (let r = 0; r < R; r++) {
    // Cost shipped in release r: z[i,r] − z[i,r−1] per item, ascending by column.
    const capacityRow = (upper: number, keep: (i: number) => boolean): void => {
      const cols: number[] = [];
      const coefs: number[] = [];
      for (let i = 0; i < m.n; i++) {
        if (!keep(i) || m.cost[i] === 0) continue;
        if (r > 0) {
          cols.push(z(i, r - 1));
          coefs.push(-m.cost[i]!);
        }
        cols.push(z(i, r));
        coefs.push(m.cost[i]!);
      }
      rows.add(-Infinity, upper, cols, coefs);
    };
    capacityRow(m.capacity[r]!, () => true);
    m.teams.forEach((_, t) => {
      const cap = m.teamCapacity[r]![t]!;
      if (Number.isFinite(cap)) capacityRow(cap, (i) => m.team[i] === t);
    });
  }
  const numCols = colCost.length;
  const problem: MipProblem = {
    numCols,
    numRows: rows.lower.length,
    colCost: Float64Array.from(colCost),
    colLower: Float64Array.from(colLower),
    colUpper: Float64Array.from(colUpper),
    integer: new Uint8Array(numCols).fill(1),
    rowLower: Float64Array.from(rows.lower),
    rowUpper: Float64Array.from(rows.upper),
    starts: Int32Array.from(rows.starts),
    indices: Int32Array.from(rows.indices),
    values: Float64Array.from(rows.values),
  };
  return {
    problem,
    encode(release) {
      const x = new Float64Array(numCols);
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

/** Rows appended in CSR form; each row's columns must be given ascending. */
class CsrRows {
  readonly lower: number[] = [];
  readonly upper: number[] = [];
  readonly starts: number[] = [0];
  readonly indices: number[] = [];
  readonly values: number[] = [];

  add(lower: number, upper: number, cols: readonly number[], coefs: readonly number[]): void {
    this.lower.push(lower);
    this.upper.push(upper);
    for (let k = 0; k < cols.length; k++) {
      this.indices.push(cols[k]!);
      this.values.push(coefs[k]!);
    }
    this.starts.push(this.indices.length);
  }
}
