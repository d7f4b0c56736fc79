export { CHROMIUM_ARGS, CHROMIUM_PATH, CHROMIUM_SKIP_REASON, hasChromium, launchChromium } from './chromium';
export { repoRoot } from './repoRoot';
export { sharedDir, sharedPath } from './sharedPath';
