// Public API of the Linear app server. Filled in by the Linear feature.
export {};
