// The Forge handlers named in manifest.yml, and nothing else (one folder per entry point).
export { adminResolver } from './entry/admin-page/resolver';
export { onAppInstalled } from './entry/app-installed-trigger/index';
export { bulkJobConsumer } from './entry/bulk-job-consumer/index';
export { dailyRescore } from './entry/daily-rescore/index';
export { onIssueCreated } from './entry/issue-created-trigger/index';
export { panelResolver } from './entry/issue-panel/resolver';
export { onIssueUpdated } from './entry/issue-updated-trigger/index';
export { projectResolver } from './entry/project-page/resolver';
