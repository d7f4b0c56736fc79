import type { Deferral } from './explainDeferrals';

const fmt = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/**
 * One sentence on why an item was deferred (the CLI's plan and the Forge release planner say the same).
 *
 * @example
 * deferralText({ id: 'A', reason: 'missing_prerequisite', prerequisite: 'B' }); // => 'needs B, which is deferred'
 */
export function deferralText(d: Deferral): string {
  switch (d.reason) {
    case 'capacity':
      return `capacity: ${fmt(d.shortfall)} short in ${d.release}; ${d.lostTo ? `lost to ${d.lostTo}` : 'the room is taken by must-haves'}`;
    case 'too_large':
      return `too large: costs ${fmt(d.cost)}, more than a whole release holds (${fmt(d.capacity)}); split it into smaller items or raise the capacity`;
    case 'lower_value_density':
      return `lower value density (${d.density.toFixed(2)}/unit) than ${d.cutoffItem ?? 'the cutoff'} (${d.cutoff.toFixed(2)}/unit) in ${d.release}`;
    case 'missing_prerequisite':
      return `needs ${d.prerequisite}, which is deferred`;
    case 'no_value':
      return 'no value: no score, and no epic or customer needs it';
  }
}
