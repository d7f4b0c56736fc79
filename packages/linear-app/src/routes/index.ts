import type { Hono } from 'hono';
import type { AppDeps } from '../app/appDeps';
import { registerExperimentRoutes } from '../experiments/experimentRoutes';
import type { FeatureSettings } from './featureSettings';
import { registerPlanRoutes } from './planRoutes';
import { registerRoadmapRoutes } from './roadmapRoutes';
import { registerScoreRoutes } from './scoreRoutes';
import { heuristicOnly, highsSolverSource, type SolverSource } from './solverSource';

/** Feature-route parts a test may replace. */
export interface FeatureRouteOptions {
  settings?: FeatureSettings;
  solvers?: SolverSource;
}

/**
 * Feature routes (roadmap, score and plan pages), mounted by `createApp` after the skeleton's
 * routes. Settings come from `TRAILMAP_*` variables, validated with the rest of the config at boot.
 *
 * @example
 * registerRoutes(app, deps);
 */
export function registerRoutes(app: Hono, deps: AppDeps, options: FeatureRouteOptions = {}): void {
  const settings = options.settings ?? deps.config.features;
  const solvers = options.solvers ?? (settings.planner === 'exact' ? highsSolverSource() : heuristicOnly);
  registerRoadmapRoutes(app, deps, settings);
  registerScoreRoutes(app, deps, settings);
  registerPlanRoutes(app, deps, settings, solvers);
  registerExperimentRoutes(app, deps);
}
