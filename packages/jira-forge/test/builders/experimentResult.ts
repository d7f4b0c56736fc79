/**
 * EXPERIMENTS.md E1 as pasted into an issue: B converts 11 % against control's 10 %.
 *
 * @example
 * sim.addIssue(scoredIssue({ key: 'PM-2', inputs, properties: { 'trailmap.experiment': { text: E1 } } }));
 */
export const E1 = JSON.stringify({
  metric: { type: 'binomial', name: 'checkout' },
  variants: [
    { name: 'control', users: 10_000, conversions: 1_000 },
    { name: 'B', users: 10_000, conversions: 1_100 },
  ],
});
