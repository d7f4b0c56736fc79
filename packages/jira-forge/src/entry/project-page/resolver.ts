import Resolver from '@forge/resolver';
import { defineOutcomesResolvers } from '../../resolvers/experimentResolvers';
import { defineProjectResolvers } from '../../resolvers/projectResolvers';

/**
 * Resolver behind the project page: `roadmap/render`, `plan/preview`, `plan/apply`, `outcomes/get`.
 *
 * @example
 * await projectResolver({ call: { functionKey: 'roadmap/render', payload: { projectKey: 'PM' } }, context });
 */
export const projectResolver = defineOutcomesResolvers(
  defineProjectResolvers(new Resolver()),
).getDefinitions();
