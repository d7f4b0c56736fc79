import { readFileSync } from 'node:fs';
import { sharedPath } from '@trailmap/test-support';
import { buildSchema, type GraphQLSchema } from 'graphql';

/** Linear's public schema (SDK 88.3.0 snapshot), read in place from the shared reference folder. */
const SCHEMA_FILE = 'specs/linear-schema.graphql';
const found = sharedPath(SCHEMA_FILE);
export const LINEAR_SCHEMA_PATH = found ?? SCHEMA_FILE;

/** Why schema-backed tests skip, or undefined when the schema is present. */
export const schemaMissing: string | undefined = found
  ? undefined
  : `Linear schema ${SCHEMA_FILE} not found in the shared material; schema-backed tests are skipped`;

// Say why once per test file, so skipped suites never look like passing ones.
if (schemaMissing) console.warn(schemaMissing);

let cached: GraphQLSchema | undefined;

/** Builds (once) the executable-less schema used for validation and mocking. */
export function loadLinearSchema(): GraphQLSchema {
  if (schemaMissing) throw new Error(schemaMissing);
  cached ??= buildSchema(readFileSync(LINEAR_SCHEMA_PATH, 'utf8'));
  return cached;
}
