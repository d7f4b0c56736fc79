// Public API of the scoring area: explicit named exports only.
export {};
