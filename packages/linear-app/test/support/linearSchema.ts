import { existsSync, readFileSync } from 'node:fs';
import { buildSchema, type GraphQLSchema } from 'graphql';

/** Linear's public schema (SDK 88.3.0 snapshot), read in place from the shared reference folder. */
export const LINEAR_SCHEMA_PATH = '/work/shared/specs/linear-schema.graphql';

/** Why schema-backed tests skip, or undefined when the schema is present. */
export const schemaMissing: string | undefined = existsSync(LINEAR_SCHEMA_PATH)
  ? undefined
  : `Linear schema not found at ${LINEAR_SCHEMA_PATH}; schema-backed tests are skipped`;

// Say why once per test file, so skipped suites never look like passing ones.
if (schemaMissing) console.warn(schemaMissing);

let cached: GraphQLSchema | undefined;

/** Builds (once) the executable-less schema used for validation and mocking. */
export function loadLinearSchema(): GraphQLSchema {
  if (schemaMissing) throw new Error(schemaMissing);
  cached ??= buildSchema(readFileSync(LINEAR_SCHEMA_PATH, 'utf8'));
  return cached;
}
