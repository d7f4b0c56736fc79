import type Resolver from '@forge/resolver';
import { z } from 'zod';
import { loadIssueExperiment, saveIssueExperiment } from '../services/issueExperiment';
import { projectOutcomes } from '../services/projectOutcomes';
import { resolverClients } from './clients';
import { IssueKeySchema } from './issueKeySchema';
import { guard, parsePayload, respond } from './respond';

/** `experiment/get` payload. */
export const ExperimentGetPayload = z.object({ issueKey: IssueKeySchema });
/** `experiment/save` payload: the result as pasted (JSON or CSV). */
export const ExperimentSavePayload = z.object({
  issueKey: IssueKeySchema,
  text: z.string().max(200_000, 'the pasted result is too long (200,000 characters at most)'),
});

/**
 * Registers `experiment/get` and `experiment/save` (the issue panel's "Experiment" section).
 *
 * @example
 * defineExperimentResolvers(new Resolver()).getDefinitions();
 */
export function defineExperimentResolvers(resolver: Resolver): Resolver {
  resolver.define(
    'experiment/get',
    guard('experiment/get', async ({ payload }) => {
      const p = parsePayload('experiment/get', ExperimentGetPayload, payload);
      if (!p.ok) return respond(p);
      return respond(await loadIssueExperiment(resolverClients(), p.value.issueKey));
    }),
  );
  resolver.define(
    'experiment/save',
    guard('experiment/save', async ({ payload }) => {
      const p = parsePayload('experiment/save', ExperimentSavePayload, payload);
      if (!p.ok) return respond(p);
      return respond(
        await saveIssueExperiment(resolverClients(), p.value.issueKey, p.value.text, new Date()),
      );
    }),
  );
  return resolver;
}

/** `outcomes/get` payload. */
export const OutcomesPayload = z.object({
  projectKey: z.string().regex(/^[A-Z][A-Z0-9_]+$/, 'expected a project key such as PM'),
});

/**
 * Registers `outcomes/get` (the project page's outcomes view).
 *
 * @example
 * defineOutcomesResolvers(new Resolver()).getDefinitions();
 */
export function defineOutcomesResolvers(resolver: Resolver): Resolver {
  resolver.define(
    'outcomes/get',
    guard('outcomes/get', async ({ payload }) => {
      const p = parsePayload('outcomes/get', OutcomesPayload, payload);
      if (!p.ok) return respond(p);
      return respond(await projectOutcomes(resolverClients().user, p.value.projectKey));
    }),
  );
  return resolver;
}
