import { type CheckedCall, loadSpecValidator, SPEC_AVAILABLE } from '@trailmap/test-support';
import { setupServer } from 'msw/node';

/** The one msw server every test uses; unknown requests are errors. */
export const server = setupServer();

/** Every Jira REST call made in the current test, with the spec's verdict on it. */
export const jiraCalls: CheckedCall[] = [];
const pending: Promise<void>[] = [];
const validator = SPEC_AVAILABLE ? loadSpecValidator() : undefined;

// Checking in a listener, not in handlers, means no handler and no test can skip the spec check.
server.events.on('request:start', ({ request }) => {
  const url = new URL(request.url);
  if (!url.pathname.startsWith('/rest/')) return;
  const copy = request.clone();
  pending.push(
    (async () => {
      const text = await copy.text();
      const body = text === '' ? undefined : (JSON.parse(text) as unknown);
      jiraCalls.push(
        validator
          ? validator.check(request.method, url, body)
          : {
              method: request.method,
              path: url.pathname,
              template: undefined,
              operationId: undefined,
              query: {},
              body,
              violations: [],
            },
      );
    })(),
  );
});

// Responses are checked too: the mock must answer in the spec's shapes, or tests prove nothing.
server.events.on('response:mocked', ({ request, response }) => {
  const url = new URL(request.url);
  if (!url.pathname.startsWith('/rest/') || !validator) return;
  const copy = response.clone();
  pending.push(
    (async () => {
      const text = await copy.text();
      const body = text === '' ? undefined : (JSON.parse(text) as unknown);
      const problems = validator.checkResponse(request.method, url, response.status, body);
      if (problems.length > 0) {
        jiraCalls.push({
          method: request.method,
          path: url.pathname,
          template: undefined,
          operationId: 'response',
          query: {},
          body,
          violations: problems,
        });
      }
    })(),
  );
});

/** Waits for in-flight checks and returns every spec violation seen since the last reset. */
export async function specViolations(): Promise<string[]> {
  await Promise.all(pending.splice(0));
  return jiraCalls.flatMap((c) => c.violations);
}

/** Forgets recorded calls (after the violations were asserted). */
export function resetCalls(): void {
  jiraCalls.length = 0;
}

/** Calls that write (anything but GET and the read-only POST searches). */
export function writeCalls(): CheckedCall[] {
  const reads = new Set(['searchAndReconsileIssuesUsingJqlPost', 'countIssues', 'bulkFetchIssues']);
  return jiraCalls.filter((c) => c.method !== 'GET' && !reads.has(c.operationId ?? ''));
}
