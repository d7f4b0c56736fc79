import Resolver from '@forge/resolver';
import { defineProjectResolvers } from '../../resolvers/projectResolvers';

/**
 * Resolver behind the project page: `roadmap/render`, `plan/preview`, `plan/apply`.
 *
 * @example
 * await projectResolver({ call: { functionKey: 'roadmap/render', payload: { projectKey: 'PM' } }, context });
 */
export const projectResolver = defineProjectResolvers(new Resolver()).getDefinitions();
