import { readFileSync } from 'node:fs';
import { validatePlanningModel } from '@trailmap/core';
import { sharedPath } from '@trailmap/test-support';
import { describe, expect, it } from 'vitest';
import { nrpToPlanningModel, parseNrpInstance } from './parseNrpInstance';

describe('parseNrpInstance', () => {
  it('splits on any whitespace, tolerates CRLF and drops duplicate dependency pairs', () => {
    const text = '2\r\n2\r\n3 4\r\n1 5\r\n3\r\n1 3  1 3\n2 3\n2\n10 2 3 1\n7 1 2\r\n';
    const p = parseNrpInstance(text);
    expect(p.ok ? p.value : p.problems).toEqual({
      costs: [3, 4, 5],
      dependencies: [
        [1, 3],
        [2, 3],
      ],
      customers: [
        { profit: 10, requests: [3, 1] },
        { profit: 7, requests: [2] },
      ],
      totalCost: 12,
    });
  });

  it('rejects truncated input and unknown requirement ids', () => {
    expect(parseNrpInstance('1 2 3').ok).toBe(false);
    expect(parseNrpInstance('1 1 3 0 1 5 1 9').ok).toBe(false);
    expect(parseNrpInstance('1 1 x 0 0').ok).toBe(false);
  });

  it('maps "b requires a" onto prerequisites', () => {
    const p = parseNrpInstance('1 2 3 4 1 1 2 1 10 1 2');
    if (!p.ok) throw new Error('parse failed');
    expect(nrpToPlanningModel(p.value, 7).items[1]!.prerequisites).toEqual(['1']);
  });

  const nrp1 = sharedPath('data/nrp/nrp1.txt');
  it.skipIf(!nrp1)('reads the classic nrp1 instance (skipped when ../shared/data/nrp is absent)', () => {
    const p = parseNrpInstance(readFileSync(nrp1!, 'utf8'));
    if (!p.ok) throw new Error(p.problems[0].message);
    expect([p.value.costs.length, p.value.customers.length, p.value.totalCost]).toEqual([140, 100, 857]);
    expect(validatePlanningModel(nrpToPlanningModel(p.value, 257)).ok).toBe(true);
  });
});
