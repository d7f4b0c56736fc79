import Resolver from '@forge/resolver';
import { defineDuplicateReportResolvers } from '../../resolvers/duplicateReportResolvers';
import { defineOutcomesResolvers } from '../../resolvers/experimentResolvers';
import { defineProjectResolvers } from '../../resolvers/projectResolvers';

/**
 * Resolver behind the project page: `roadmap/render`, `plan/preview`, `plan/apply`,
 * `outcomes/get`, `duplicates/report`.
 *
 * @example
 * await projectResolver({ call: { functionKey: 'roadmap/render', payload: { projectKey: 'PM' } }, context });
 */
export const projectResolver = defineDuplicateReportResolvers(
  defineOutcomesResolvers(defineProjectResolvers(new Resolver())),
).getDefinitions();
