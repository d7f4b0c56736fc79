// Forge handlers named in manifest.yml. Filled in by the Jira feature.
export {};
