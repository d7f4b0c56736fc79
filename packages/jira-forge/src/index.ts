// The Forge handlers named in manifest.yml, and nothing else (one folder per entry point).
export { adminResolver } from './entry/admin-page/resolver.ts';
export { onAppInstalled } from './entry/app-installed-trigger/index.ts';
export { bulkJobConsumer } from './entry/bulk-job-consumer/index.ts';
export { dailyRescore } from './entry/daily-rescore/index.ts';
export { onIssueCreated } from './entry/issue-created-trigger/index.ts';
export { panelResolver } from './entry/issue-panel/resolver.ts';
export { onIssueUpdated } from './entry/issue-updated-trigger/index.ts';
export { projectResolver } from './entry/project-page/resolver.ts';
