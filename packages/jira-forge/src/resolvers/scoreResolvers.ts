import type Resolver from '@forge/resolver';
import { FieldValueSchema } from '@trailmap/core';
import { z } from 'zod';
import { loadIssueScore, saveIssueScore } from '../services/issueScore';
import { resolverClients } from './clients';
import { IssueKeySchema } from './issueKeySchema';
import { guard, parsePayload, respond } from './respond';

/** `score/get` payload. */
export const ScoreGetPayload = z.object({ issueKey: IssueKeySchema });
/** `score/save` payload: the inputs as typed in the panel. */
export const ScoreSavePayload = z.object({
  issueKey: IssueKeySchema,
  values: z.record(z.string().regex(/^[a-z0-9_]+$/), FieldValueSchema),
});

/**
 * Registers `score/get` and `score/save` on a resolver.
 *
 * @example
 * defineScoreResolvers(new Resolver()).getDefinitions();
 */
export function defineScoreResolvers(resolver: Resolver): Resolver {
  resolver.define(
    'score/get',
    guard('score/get', async ({ payload }) => {
      const p = parsePayload('score/get', ScoreGetPayload, payload);
      if (!p.ok) return respond(p);
      return respond(await loadIssueScore(resolverClients(), p.value.issueKey));
    }),
  );
  resolver.define(
    'score/save',
    guard('score/save', async ({ payload }) => {
      const p = parsePayload('score/save', ScoreSavePayload, payload);
      if (!p.ok) return respond(p);
      return respond(await saveIssueScore(resolverClients(), p.value.issueKey, p.value.values, new Date()));
    }),
  );
  return resolver;
}
