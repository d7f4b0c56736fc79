import type { Hono } from 'hono';
import type { AppDeps } from '../server.ts';
import { type FeatureSettings, readFeatureSettings } from './featureSettings.ts';
import { registerPlanRoutes } from './planRoutes.ts';
import { registerRoadmapRoutes } from './roadmapRoutes.ts';
import { registerScoreRoutes } from './scoreRoutes.ts';
import { heuristicOnly, highsSolverSource, type SolverSource } from './solverSource.ts';

/** Feature-route parts a test may replace. */
export interface FeatureRouteOptions {
  settings?: FeatureSettings;
  solvers?: SolverSource;
}

/**
 * Feature routes (roadmap, score and plan pages), mounted by `createApp` after the skeleton's
 * routes. Settings come from `TRAILMAP_*` variables; a bad value stops the server at start.
 *
 * @example
 * registerRoutes(app, deps);
 */
export function registerRoutes(app: Hono, deps: AppDeps, options: FeatureRouteOptions = {}): void {
  const settings = options.settings ?? featureSettings();
  const solvers = options.solvers ?? (settings.planner === 'exact' ? highsSolverSource() : heuristicOnly);
  registerRoadmapRoutes(app, deps, settings);
  registerScoreRoutes(app, deps, settings);
  registerPlanRoutes(app, deps, settings, solvers);
}

function featureSettings(): FeatureSettings {
  const settings = readFeatureSettings(process.env);
  if (!settings.ok) throw new Error(`Invalid Trailmap settings: ${settings.messages.join('; ')}`);
  return settings.value;
}
