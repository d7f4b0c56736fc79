import { LinearClient } from '@linear/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { createLinearMock, LINEAR_API_URL, type LinearMock } from '../support/linearMock';
import { schemaMissing } from '../support/linearSchema';

let mock: LinearMock | undefined;
afterEach(() => {
  mock?.server.close();
  mock = undefined;
});

describe.skipIf(schemaMissing)('the Linear mock is faithful', () => {
  it('rejects an operation that does not validate against the schema, and flags it for the test', async () => {
    mock = createLinearMock();
    mock.server.listen({ onUnhandledRequest: 'error' });
    const res = await fetch(LINEAR_API_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query Bad { issues { nodes { id notAField } } }' }),
    });
    expect(res.status).toBe(400);
    expect(mock.invalid).toEqual([{ name: 'Bad', errors: [expect.stringContaining('notAField')] }]);
    expect(() => mock?.assertAllValid()).toThrow(/invalid operations/);
  });

  it('answers with schema-generated data complete enough to hydrate SDK models', async () => {
    mock = createLinearMock({ resolvers: () => ({ Query: { viewer: () => ({ name: 'Ada' }) } }) });
    mock.server.listen({ onUnhandledRequest: 'error' });
    const client = new LinearClient({ accessToken: 't' });
    const viewer = await client.viewer;
    expect(viewer.name).toBe('Ada');
    expect(typeof viewer.id).toBe('string');
    expect(viewer.createdAt).toBeInstanceOf(Date);
    mock.assertAllValid();
  });
});
