import type Resolver from '@forge/resolver';
import { z } from 'zod';
import { linkSuggestion, loadSuggestions } from '../services/duplicateSuggestions';
import { resolverClients } from './clients';
import { IssueKeySchema } from './issueKeySchema';
import { guard, parsePayload, respond } from './respond';

/** `suggestions/get` payload. */
export const SuggestionsGetPayload = z.object({ issueKey: IssueKeySchema });
/** `suggestions/link` payload: link the current issue to one suggestion. */
export const SuggestionsLinkPayload = z.object({
  issueKey: IssueKeySchema,
  targetKey: IssueKeySchema,
  type: z.enum(['Duplicate', 'Relates']),
});

/**
 * Registers `suggestions/get` and `suggestions/link` (the issue panel's "Similar issues" section).
 * Both run as the user, so Jira applies their browse and link permissions.
 *
 * @example
 * defineSuggestionResolvers(new Resolver()).getDefinitions();
 */
export function defineSuggestionResolvers(resolver: Resolver): Resolver {
  resolver.define(
    'suggestions/get',
    guard('suggestions/get', async ({ payload }) => {
      const p = parsePayload('suggestions/get', SuggestionsGetPayload, payload);
      if (!p.ok) return respond(p);
      return respond(await loadSuggestions(resolverClients().user, p.value.issueKey));
    }),
  );
  resolver.define(
    'suggestions/link',
    guard('suggestions/link', async ({ payload }) => {
      const p = parsePayload('suggestions/link', SuggestionsLinkPayload, payload);
      if (!p.ok) return respond(p);
      const { issueKey, targetKey, type } = p.value;
      return respond(await linkSuggestion(resolverClients().user, issueKey, targetKey, type));
    }),
  );
  return resolver;
}
