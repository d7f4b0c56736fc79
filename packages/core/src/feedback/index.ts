// Public API of the feedback area: explicit named exports only.
export {};
