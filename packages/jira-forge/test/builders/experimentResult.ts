/**
 * EXPERIMENTS.md E1 as pasted into an issue: B converts 11 % against control's 10 %.
 *
 * @example
 * sim.addIssue(pmIdea(2, 'SSO', SSO_INPUTS, { properties: { 'trailmap.experiment': { text: E1 } } }));
 */
export const E1 = JSON.stringify({
  metric: { type: 'binomial', name: 'checkout' },
  variants: [
    { name: 'control', users: 10_000, conversions: 1_000 },
    { name: 'B', users: 10_000, conversions: 1_100 },
  ],
});

/** The RICE inputs of the idea E1 measures: RICE impact 2 predicts +5 %, at 80 % confidence. */
export const SSO_INPUTS = { reach: 900, impact: 2, confidence: '80%', effort: 2 };
