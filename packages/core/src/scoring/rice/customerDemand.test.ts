import { REVENUE_SIZE_TIER_WEIGHTS } from '@trailmap/test-support';
import { describe, expect, it } from 'vitest';
import { BacklogSchema } from '../../model/backlog';
import { computeDemand, DEFAULT_DEMAND_WEIGHTS } from './customerDemand';
import { deriveReach } from './deriveReach';

const backlog = BacklogSchema.parse({
  items: [{ id: '1', key: 'PM-1', title: 'SSO', statusCategory: 'todo', customerIds: ['acme'] }],
  feedback: [
    { id: 'f1', text: 'SSO please', customerId: 'acme', itemKeys: ['PM-1'], labels: ['important'] },
    { id: 'f2', text: 'SSO again', customerId: 'acme', itemKeys: ['PM-1'] },
    { id: 'f3', text: 'We need SSO', customerId: 'globex', itemKeys: ['PM-1'] },
    { id: 'f4', text: 'sso', itemKeys: ['PM-1'] },
  ],
  customers: [
    { id: 'acme', name: 'Acme', revenue: 120_000, tier: 'Enterprise', size: 500 },
    { id: 'globex', name: 'Globex', revenue: 30_000, tier: 'pro' },
  ],
});
const sso = backlog.items[0]!;

describe('computeDemand', () => {
  it("counts the customers core's deriveReach counts, once each, important requests 1.5×", () => {
    const d = computeDemand(sso, backlog, DEFAULT_DEMAND_WEIGHTS);
    expect(d.customers.map((c) => [c.customerId, c.requests, c.weight])).toEqual([
      ['acme', 2, 1.5],
      ['globex', 1, 1],
    ]);
    expect([d.anonymousRequests, d.reach]).toEqual([1, 3.5]);
    expect(d.derivation).toEqual(deriveReach(sso, backlog, { weightBy: 'customers', anonymousWeight: 1 }));
    expect(d.summary).toBe('Reach 3.5 from 2 customer(s) + 1 request(s) without a customer.');
  });

  it('combines revenue, size and a case-insensitive tier multiplier, and explains each weight', () => {
    const d = computeDemand(sso, backlog, { ...DEFAULT_DEMAND_WEIGHTS, ...REVENUE_SIZE_TIER_WEIGHTS });
    // acme: (1.2 + 0.5) × 2 = 3.4; globex: 0.3 × 1
    expect(d.customers.map((c) => [c.customerId, c.weight])).toEqual([
      ['acme', 3.4],
      ['globex', 0.3],
    ]);
    expect(d.customers[0]?.formula).toBe('(1×revenue 120000/100000 + 1×size 500/1000) × tier Enterprise 2');
    expect(d.reach).toBe(3.7);
  });
});
