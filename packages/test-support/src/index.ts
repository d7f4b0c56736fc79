export type { SuiteHooks } from './chromium';
export {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  CHROMIUM_SKIP_REASON,
  hasChromium,
  launchChromium,
  openInert,
  suiteBrowser,
} from './chromium';
export { REVENUE_SIZE_TIER_WEIGHTS } from './demandWeights';
export { fastCheckSeed, useFastCheckSeed } from './fastCheckSeed';
export {
  HOSTILE,
  HOSTILE_JS_LINK,
  HOSTILE_SCRIPT,
  rawLeaks,
  unbreakableName,
} from './hostileInput';
export type { CheckedCall } from './jiraSpecValidator';
export { loadSpecValidator, SPEC_AVAILABLE, SPEC_PATH, SPEC_SKIP_REASON } from './jiraSpecValidator';
export type { BarReading, BoxFit, PageActivity } from './pageChecks';
export { boxFit, pageActivity, readBars } from './pageChecks';
export { KNAPSACK_TRAP } from './planningCases';
export { repoRoot } from './repoRoot';
export { sharedDir, sharedPath } from './sharedPath';
