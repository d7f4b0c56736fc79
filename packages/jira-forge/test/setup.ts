import { SPEC_AVAILABLE, SPEC_SKIP_REASON } from '@trailmap/test-support';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { forgetProjectDuplicates } from '../src/services/projectDuplicates';
import { resetForge } from './forge-mock';
import { resetCalls, server, specViolations } from './msw/server';

// UI Kit's reconciler and @forge/bridge look for the bridge on `self` at module load, so the
// fake must exist before any test imports them (PLATFORMS.md §1.6).
export const bridgeCalls: Array<{ cmd: string; data: unknown }> = [];
type Invoke = (functionKey: string, payload: unknown) => unknown;
const bridgeState: { invoke: Invoke; context: unknown } = { invoke: () => undefined, context: {} };
(globalThis as { self?: unknown }).self = globalThis;
(globalThis as { __bridge?: unknown }).__bridge = {
  callBridge: async (cmd: string, data: { functionKey?: string; payload?: unknown }) => {
    bridgeCalls.push({ cmd, data });
    if (cmd === 'invoke') return bridgeState.invoke(String(data.functionKey), data.payload);
    if (cmd === 'getContext') return structuredClone(bridgeState.context);
    return undefined;
  },
};

/** Routes the UI's `invoke(key, payload)` calls to `fn` (usually the real resolver definitions). */
export function onInvoke(fn: Invoke): void {
  bridgeState.invoke = fn;
}

/** What `view.getContext()` / `useProductContext()` answers in UI tests. */
export function setProductContext(context: unknown): void {
  bridgeState.context = context;
}

if (!SPEC_AVAILABLE) console.warn(SPEC_SKIP_REASON);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  resetForge();
  // Each test starts as a cold Forge runtime: no duplicate index kept from the last one.
  forgetProjectDuplicates();
  bridgeCalls.length = 0;
});
afterEach(async () => {
  const violations = await specViolations();
  resetCalls();
  server.resetHandlers();
  expect(violations, 'Jira REST calls that do not match the OpenAPI spec').toEqual([]);
});
afterAll(() => server.close());
