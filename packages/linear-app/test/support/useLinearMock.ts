import { afterAll, afterEach } from 'vitest';
import { createLinearMock, type LinearMock, type LinearMockOptions } from './linearMock';

/**
 * Starts a Linear mock for one test and fails that test if any operation it sent was invalid.
 * Call inside a test; the server closes when the test ends.
 *
 * @example
 * const linear = startLinearMock({ resolvers: () => ({ Query: { issues: () => page } }) });
 */
export function startLinearMock(options: LinearMockOptions = {}): LinearMock {
  const mock = createLinearMock(options);
  mock.server.listen({
    // Requests to the app's own test server pass through; anything else unmocked is an error.
    onUnhandledRequest(request, print) {
      const host = new URL(request.url).hostname;
      if (host === '127.0.0.1' || host === 'localhost') return;
      print.error();
    },
  });
  active.push(mock);
  return mock;
}

const active: LinearMock[] = [];

afterEach(() => {
  const mocks = active.splice(0);
  for (const mock of mocks) mock.server.close();
  for (const mock of mocks) mock.assertAllValid();
});

afterAll(() => {
  for (const mock of active.splice(0)) mock.server.close();
});
