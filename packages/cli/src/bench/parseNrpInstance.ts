import type { PlanningModel, Problem, ProblemCode, Result } from '@trailmap/core';

/** A Next Release Problem instance (Bagnall et al. format) read from text. */
export interface NrpInstance {
  costs: number[];
  /** `[a, b]` pairs (1-based) meaning "b requires a", duplicates removed. */
  dependencies: [number, number][];
  customers: { profit: number; requests: number[] }[];
  totalCost: number;
}

/**
 * Parses the classic NRP instance format: integers separated by any whitespace (CRLF occurs),
 * levels of requirement costs, dependency pairs `a b` ("b requires a", duplicates occur), then
 * customers with a profit and requested requirement ids (1-based).
 *
 * @example
 * parseNrpInstance('1 2 5 3 1 1 2 1 10 1 2'); // => { ok: true, value: { costs: [5, 3], dependencies: [[1, 2]], … } }
 */
export function parseNrpInstance(text: string): Result<NrpInstance> {
  const tokens = text.trim().split(/\s+/);
  const numbers = tokens.map(Number);
  const bad = numbers.findIndex((x) => !Number.isInteger(x));
  if (tokens[0] === '' || bad >= 0) {
    return problem('invalid', `token ${bad + 1} ("${tokens[bad] ?? ''}") is not an integer`);
  }
  let at = 0;
  const next = (): number | undefined => numbers[at++];
  const costs: number[] = [];
  const levels = next() ?? 0;
  for (let l = 0; l < levels; l++) {
    const count = next();
    if (count === undefined) return problem('truncated', `level ${l + 1} has no count`);
    for (let k = 0; k < count; k++) {
      const c = next();
      if (c === undefined) return problem('truncated', `level ${l + 1} is missing costs`);
      costs.push(c);
    }
  }
  const n = costs.length;
  const inRange = (id: number): boolean => id >= 1 && id <= n;
  const seen = new Set<string>();
  const dependencies: [number, number][] = [];
  const depCount = next();
  if (depCount === undefined) return problem('truncated', 'the dependency count is missing');
  for (let d = 0; d < depCount; d++) {
    const a = next();
    const b = next();
    if (a === undefined || b === undefined) return problem('truncated', `dependency ${d + 1} is incomplete`);
    if (!inRange(a) || !inRange(b))
      return problem('invalid', `dependency ${d + 1} names an unknown requirement`);
    if (seen.has(`${a} ${b}`)) continue;
    seen.add(`${a} ${b}`);
    dependencies.push([a, b]);
  }
  const customerCount = next();
  if (customerCount === undefined) return problem('truncated', 'the customer count is missing');
  const customers: NrpInstance['customers'] = [];
  for (let c = 0; c < customerCount; c++) {
    const profit = next();
    const q = next();
    if (profit === undefined || q === undefined)
      return problem('truncated', `customer ${c + 1} is incomplete`);
    const requests: number[] = [];
    for (let k = 0; k < q; k++) {
      const id = next();
      if (id === undefined) return problem('truncated', `customer ${c + 1} is missing requests`);
      if (!inRange(id)) return problem('invalid', `customer ${c + 1} requests unknown requirement ${id}`);
      requests.push(id);
    }
    customers.push({ profit, requests: [...new Set(requests)] });
  }
  if (at < numbers.length) return problem('invalid', `${numbers.length - at} unexpected trailing numbers`);
  return { ok: true, value: { costs, dependencies, customers, totalCost: costs.reduce((s, c) => s + c, 0) } };
}

/**
 * The single-release planning model of an NRP instance at a budget: requirement `i` becomes
 * item `"i"`, customer `c` (1-based) becomes `"c<c>"`.
 *
 * @example
 * nrpToPlanningModel(instance, Math.round(0.3 * instance.totalCost));
 */
export function nrpToPlanningModel(instance: NrpInstance, budget: number): PlanningModel {
  const prerequisites: string[][] = instance.costs.map(() => []);
  for (const [a, b] of instance.dependencies) prerequisites[b - 1]!.push(String(a));
  return {
    items: instance.costs.map((cost, i) => ({
      id: String(i + 1),
      title: '',
      cost,
      value: 0,
      prerequisites: prerequisites[i]!,
    })),
    releases: [{ id: 'next', capacity: budget }],
    customers: instance.customers
      .filter((c) => c.requests.length > 0)
      .map((c, k) => ({ id: `c${k + 1}`, value: c.profit, items: c.requests.map(String) })),
    discount: 0,
  };
}

function problem(code: ProblemCode, message: string): Result<NrpInstance> {
  const p: Problem = { field: 'instance', code, message: `NRP instance: ${message}` };
  return { ok: false, problems: [p] };
}
