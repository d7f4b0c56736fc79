// Public API of the release area: explicit named exports only.
export {};
