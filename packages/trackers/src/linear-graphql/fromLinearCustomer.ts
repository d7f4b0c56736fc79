import type { CustomerInput, FeedbackInput } from '@trailmap/core';
import type { LinearCustomerNeedNode, LinearCustomerNode } from './nodes';

/**
 * Maps the customer behind a request. The tier is keyed by its `name` (stable) so configured
 * tier weights survive a display-name change.
 *
 * @example
 * mapCustomer({ id: 'c1', name: 'Acme', revenue: 120000, size: 800, tier: { id: 't', name: 'enterprise', displayName: 'Enterprise' } });
 */
export function mapCustomer(customer: LinearCustomerNode): CustomerInput {
  const out: CustomerInput = { id: customer.id, name: customer.name };
  if (customer.revenue !== null && customer.revenue >= 0) out.revenue = customer.revenue;
  if (customer.size !== null && customer.size >= 0) out.size = customer.size;
  if (customer.tier) out.tier = customer.tier.name.toLowerCase();
  return out;
}

/**
 * Maps a customer request to core feedback pointing at the item it asks for. Linear marks a
 * need "important" with priority 1; that is kept as a label so Reach can weight it.
 *
 * @example
 * mapCustomerNeed(need, ['ENG-12']).itemKeys; // => ['ENG-12']
 */
export function mapCustomerNeed(need: LinearCustomerNeedNode, itemKeys: readonly string[]): FeedbackInput {
  const out: FeedbackInput = {
    id: need.id,
    text: need.body ?? '',
    source: 'linear',
    created: need.createdAt,
    itemKeys: [...itemKeys],
    labels: need.priority === 1 ? ['important'] : [],
  };
  if (need.customer) out.customerId = need.customer.id;
  return out;
}
