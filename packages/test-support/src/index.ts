export { CHROMIUM_ARGS, CHROMIUM_PATH, CHROMIUM_SKIP_REASON, hasChromium, launchChromium } from './chromium';
export type { BarReading, BoxFit, PageActivity } from './pageChecks';
export { boxFit, pageActivity, readBars } from './pageChecks';
export { repoRoot } from './repoRoot';
export { sharedDir, sharedPath } from './sharedPath';
