// `pnpm bench rescore`: REST calls and wall time to rescore 10,000 issues against the msw Jira.
// Every request is also checked against the Jira OpenAPI spec, as in the tests.
import { performance } from 'node:perf_hooks';
import { SPEC_AVAILABLE, SPEC_SKIP_REASON } from '@trailmap/test-support';
import countBy from 'lodash/countBy';
import { createJiraClient } from '../src/jira/jiraClient';
import { rescoreIssues } from '../src/services/rescoreIssues';
import { SettingsSchema } from '../src/storage/settings';
import { scoredIssues } from '../test/builders/scoredIssues';
import { resetForge } from '../test/forge-mock';
import { JiraSim } from '../test/msw/jiraSim';
import { jiraCalls, server, specViolations } from '../test/msw/server';

const N = 10_000;

const sim = new JiraSim();
sim.addIssue(...scoredIssues(N, { stale: true, points: true }));

async function run(label: string) {
  server.resetHandlers(...sim.handlers());
  jiraCalls.length = 0;
  const jira = createJiraClient({ sleep: async () => undefined });
  const t0 = performance.now();
  const r = await rescoreIssues(jira, { jql: 'project = PM', settings: SettingsSchema.parse({}) });
  const ms = performance.now() - t0;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  const violations = await specViolations();
  if (violations.length > 0) throw new Error(`spec violations: ${violations.slice(0, 3).join('; ')}`);
  const byOp = countBy(jiraCalls, (c) => c.operationId ?? c.path);
  console.log(
    `| ${label} | ${N} | ${r.value.progress.changed} | ${jiraCalls.length} | ${byOp.getFields ?? 0} | ${byOp.searchAndReconsileIssuesUsingJqlPost ?? 0} | ${byOp.updateMultipleCustomFieldValues ?? 0} | ${2 * N} | ${Math.round(ms)} |`,
  );
}

if (!SPEC_AVAILABLE) console.warn(SPEC_SKIP_REASON);
resetForge();
server.listen({ onUnhandledRequest: 'error' });
console.log(
  '| run | issues | changed | REST calls | field discovery | search pages | bulk field writes | naive (GET+PUT per issue) | ms (msw, incl. spec checks) |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
await run('all 10,000 scores stale');
// The same site again: every field already holds its score, so nothing is written.
await run('rerun, nothing changed');
server.close();
