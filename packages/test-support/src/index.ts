export { CHROMIUM_ARGS, CHROMIUM_PATH, CHROMIUM_SKIP_REASON, hasChromium, launchChromium } from './chromium';
export type { CheckedCall } from './jiraSpecValidator';
export { loadSpecValidator, SPEC_AVAILABLE, SPEC_PATH, SPEC_SKIP_REASON } from './jiraSpecValidator';
export type { BarReading, BoxFit, PageActivity } from './pageChecks';
export { boxFit, pageActivity, readBars } from './pageChecks';
export { repoRoot } from './repoRoot';
export { sharedDir, sharedPath } from './sharedPath';
