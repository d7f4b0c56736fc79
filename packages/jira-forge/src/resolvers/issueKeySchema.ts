import { z } from 'zod';

/** A Jira issue key in a resolver payload; one rule for every resolver that takes one. */
export const IssueKeySchema = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]+-\d+$/, 'expected an issue key such as PM-12');
