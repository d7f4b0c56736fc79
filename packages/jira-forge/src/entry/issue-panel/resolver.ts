import Resolver from '@forge/resolver';
import { defineScoreResolvers } from '../../resolvers/scoreResolvers.ts';

/** Resolver behind the issue panel: `score/get`, `score/save`. */
export const panelResolver = defineScoreResolvers(new Resolver()).getDefinitions();
