import Resolver from '@forge/resolver';
import { defineProjectResolvers } from '../../resolvers/projectResolvers.ts';

/** Resolver behind the project page: `roadmap/render`, `plan/preview`, `plan/apply`. */
export const projectResolver = defineProjectResolvers(new Resolver()).getDefinitions();
