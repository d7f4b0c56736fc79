import Resolver from '@forge/resolver';
import { defineExperimentResolvers } from '../../resolvers/experimentResolvers';
import { defineScoreResolvers } from '../../resolvers/scoreResolvers';
import { defineSuggestionResolvers } from '../../resolvers/suggestionResolvers';

/**
 * Resolver behind the issue panel: `score/get`, `score/save`, `experiment/get`, `experiment/save`,
 * `suggestions/get`, `suggestions/link`.
 *
 * @example
 * await panelResolver({ call: { functionKey: 'score/get', payload: { issueKey: 'PM-1' } }, context });
 */
export const panelResolver = defineSuggestionResolvers(
  defineExperimentResolvers(defineScoreResolvers(new Resolver())),
).getDefinitions();
