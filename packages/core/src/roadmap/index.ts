// Public API of the roadmap area: explicit named exports only.
export {};
