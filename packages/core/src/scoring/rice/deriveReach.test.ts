import { describe, expect, it } from 'vitest';
import { type Backlog, BacklogSchema } from '../../model/backlog';
import { scoreItems } from '../scoreItems';
import { computeDemand, DEFAULT_DEMAND_WEIGHTS } from './customerDemand';
import { demandWeightsOf } from './demandWeights';
import { deriveReach, deriveReachAll, withDerivedReach } from './deriveReach';

const backlog: Backlog = BacklogSchema.parse({
  items: [
    {
      id: '1',
      key: 'PM-1',
      title: 'SSO',
      statusCategory: 'todo',
      customerIds: ['acme'],
      feedbackIds: ['f3'],
      fields: { impact: 2, confidence: 1, effort: 1 },
    },
    { id: '2', key: 'PM-2', title: 'Dark mode', statusCategory: 'todo', fields: { reach: 50 } },
  ],
  feedback: [
    { id: 'f1', text: 'SSO please', customerId: 'acme', itemKeys: ['PM-1'] },
    { id: 'f2', text: 'We need SSO', customerId: 'globex', itemKeys: ['PM-1'] },
    { id: 'f3', text: 'SAML?', customerId: 'acme' },
    { id: 'f4', text: 'sso', itemKeys: ['PM-1'] },
    { id: 'f5', text: 'dark', customerId: 'initech', itemKeys: ['PM-2'] },
  ],
  customers: [
    { id: 'acme', name: 'Acme', revenue: 120_000, tier: 'Enterprise' },
    { id: 'globex', name: 'Globex', revenue: 30_000, tier: 'pro' },
    { id: 'initech', name: 'Initech', revenue: 5_000, tier: 'free' },
  ],
});
const sso = backlog.items[0]!;

describe('deriveReach', () => {
  it('counts unique customers once, plus anonymous feedback', () => {
    const r = deriveReach(sso, backlog);
    expect([r.reach, r.customerIds.sort(), r.anonymousFeedback, r.feedbackIds.sort()]).toEqual([
      3,
      ['acme', 'globex'],
      1,
      ['f1', 'f2', 'f3', 'f4'],
    ]);
  });

  it('weights by revenue (thousands by default)', () => {
    expect(deriveReach(sso, backlog, { weightBy: 'revenue', anonymousWeight: 0 }).reach).toBe(150);
  });

  it('weights by tier, case-insensitively', () => {
    const r = deriveReach(sso, backlog, {
      weightBy: 'tier',
      tierWeights: { enterprise: 5, pro: 2 },
      anonymousWeight: 0,
    });
    expect(r.reach).toBe(7);
  });

  it('reports customer ids missing from the backlog', () => {
    const item = { ...sso, customerIds: ['ghost'], feedbackIds: [] };
    expect(deriveReach(item, { ...backlog, feedback: [] }).unknownCustomerIds).toEqual(['ghost']);
  });

  it('deriveReachAll agrees with deriveReach item by item', () => {
    const all = deriveReachAll(backlog, { weightBy: 'revenue' });
    expect(backlog.items.map((i) => all.get(i.key)?.reach)).toEqual(
      backlog.items.map((i) => deriveReach(i, backlog, { weightBy: 'revenue' }).reach),
    );
  });

  it('withDerivedReach fills only blank reach, so RICE can score', () => {
    const items = withDerivedReach(backlog);
    const scored = scoreItems(items, 'rice');
    expect([items[1]!.fields.reach, scored[0]!.result.ok && scored[0]!.result.score]).toEqual([50, 6]);
  });
});

describe('one Reach weighting model', () => {
  it('deriveReach and computeDemand give the same Reach for every config weighting', () => {
    const configs = [
      {},
      { weightBy: 'revenue' as const, revenueUnit: 10_000, anonymousWeight: 0 },
      { weightBy: 'tier' as const, tierWeights: { enterprise: 5, pro: 2 }, defaultTierWeight: 0.5 },
    ];
    const reaches = configs.map((options) => [
      deriveReach(sso, backlog, options).reach,
      computeDemand(sso, backlog, demandWeightsOf(options)).reach,
    ]);
    // acme + globex + 1 anonymous; (120k + 30k) / 10k; 5 + 2 + 1 anonymous.
    expect(reaches).toEqual([
      [3, 3],
      [15, 15],
      [8, 8],
    ]);
  });

  it('demand weights (revenue, size, tier) feed deriveReach unchanged', () => {
    const weights = {
      ...DEFAULT_DEMAND_WEIGHTS,
      perRevenueUnit: 1,
      tierMultipliers: { pro: 2 },
      importantMultiplier: 1,
    };
    // acme (1 + 120) + globex (1 + 30) × 2 + 1 anonymous = 184
    expect(deriveReach(sso, backlog, weights).reach).toBe(184);
    expect(computeDemand(sso, backlog, weights).reach).toBe(184);
  });
});
