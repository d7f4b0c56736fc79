import Resolver from '@forge/resolver';
import { defineAdminResolvers } from '../../resolvers/adminResolvers';

/**
 * Resolver behind the admin (settings) page: `settings/*`, `jobs/*`.
 *
 * @example
 * await adminResolver({ call: { functionKey: 'settings/get', payload: {} }, context });
 */
export const adminResolver = defineAdminResolvers(new Resolver()).getDefinitions();
