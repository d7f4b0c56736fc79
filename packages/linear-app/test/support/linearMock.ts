import { addMocksToSchema, type IMockStore, type IMocks } from '@graphql-tools/mock';
import { type GraphQLSchema, graphql, parse, validate } from 'graphql';
import { HttpResponse, graphql as mswGraphql } from 'msw';
import { setupServer } from 'msw/node';
import { loadLinearSchema } from './linearSchema';

/** The endpoint every Linear client in the app talks to. */
export const LINEAR_API_URL = 'https://api.linear.app/graphql';

/** One request the mock received. */
export interface RecordedOperation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/** Resolver map in graphql-tools shape; may use the mock store for consistent entities. */
export type MockResolvers = (store: IMockStore) => Record<string, Record<string, unknown>>;

/** Options of the schema-generated Linear mock. */
export interface LinearMockOptions {
  /** Overrides for specific fields, to control the values a test asserts on. */
  resolvers?: MockResolvers;
  /** Per-type mock generators (scalars have sane defaults). */
  mocks?: IMocks;
  /** Extra response headers (rate-limit budget) for each request. */
  headers?: (op: RecordedOperation, index: number) => Record<string, string>;
  /** Replace the whole response (e.g. a RATELIMITED error) for some requests. */
  intercept?: (op: RecordedOperation, index: number) => Response | undefined;
}

let counter = 0;
const SCALARS: IMocks = {
  DateTime: () => new Date(Date.UTC(2026, 0, 1) + (counter++ % 1000) * 3_600_000).toISOString(),
  TimelessDate: () => '2026-02-15',
  JSON: () => ({}),
  JSONObject: () => ({}),
  UUID: () => crypto.randomUUID(),
  ID: () => crypto.randomUUID(),
  Float: () => 1,
  Int: () => 1,
  // Payload `success` flags default to true; a test that needs a refusal sets it explicitly.
  Boolean: () => true,
};

/**
 * A faithful Linear API stand-in: msw intercepts `https://api.linear.app/graphql`, every operation
 * is validated against Linear's SDL (invalid ones are recorded and answered with a GraphQL error),
 * and responses are generated from the schema by `@graphql-tools/mock`, with resolvers for the
 * values a test controls.
 *
 * @example
 * const linear = createLinearMock({ resolvers: () => ({ Query: { issues: () => page } }) });
 * linear.server.listen({ onUnhandledRequest: 'error' });
 */
export function createLinearMock(options: LinearMockOptions = {}) {
  const schema: GraphQLSchema = loadLinearSchema();
  const mocked = addMocksToSchema({
    schema,
    mocks: { ...SCALARS, ...options.mocks },
    ...(options.resolvers ? { resolvers: options.resolvers } : {}),
  });
  const operations: RecordedOperation[] = [];
  const invalid: { name: string; errors: string[] }[] = [];

  const handler = mswGraphql.link(LINEAR_API_URL).operation(async ({ query, variables, operationName }) => {
    const op: RecordedOperation = { name: operationName ?? '(anonymous)', query, variables };
    const index = operations.length;
    operations.push(op);
    const errors = validate(schema, parse(query)).map((e) => e.message);
    if (errors.length > 0) {
      invalid.push({ name: op.name, errors });
      return HttpResponse.json({ errors: errors.map((message) => ({ message })) }, { status: 400 });
    }
    const intercepted = options.intercept?.(op, index);
    if (intercepted) return intercepted;
    const result = await graphql({ schema: mocked, source: query, variableValues: variables });
    return HttpResponse.json(result as Record<string, unknown>, {
      headers: options.headers?.(op, index) ?? {},
    });
  });

  const server = setupServer(handler);
  return {
    server,
    operations,
    invalid,
    /** Names of the operations received, in order. */
    names: () => operations.map((o) => o.name),
    /** Operations of one name. */
    named: (name: string) => operations.filter((o) => o.name === name),
    /** Throws when any received operation failed schema validation. */
    assertAllValid(): void {
      if (invalid.length > 0) {
        throw new Error(`Linear mock received invalid operations: ${JSON.stringify(invalid, null, 2)}`);
      }
    },
  };
}

/** A started mock, as returned by `createLinearMock`. */
export type LinearMock = ReturnType<typeof createLinearMock>;
