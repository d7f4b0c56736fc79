import Resolver from '@forge/resolver';
import { defineExperimentResolvers } from '../../resolvers/experimentResolvers';
import { defineScoreResolvers } from '../../resolvers/scoreResolvers';

/**
 * Resolver behind the issue panel: `score/get`, `score/save`, `experiment/get`, `experiment/save`.
 *
 * @example
 * await panelResolver({ call: { functionKey: 'score/get', payload: { issueKey: 'PM-1' } }, context });
 */
export const panelResolver = defineExperimentResolvers(defineScoreResolvers(new Resolver())).getDefinitions();
