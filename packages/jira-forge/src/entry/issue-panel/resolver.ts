import Resolver from '@forge/resolver';
import { defineScoreResolvers } from '../../resolvers/scoreResolvers';

/**
 * Resolver behind the issue panel: `score/get`, `score/save`.
 *
 * @example
 * await panelResolver({ call: { functionKey: 'score/get', payload: { issueKey: 'PM-1' } }, context });
 */
export const panelResolver = defineScoreResolvers(new Resolver()).getDefinitions();
