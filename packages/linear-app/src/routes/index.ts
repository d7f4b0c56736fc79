import type { Hono } from 'hono';
import type { AppDeps } from '../server.ts';

/**
 * Feature routes (roadmap pages, planning, …), mounted by `createApp` after the skeleton's
 * routes. Owned by the features side; see CONTRACT.md. Placeholder until they land.
 *
 * @example
 * registerRoutes(app, deps);
 */
export function registerRoutes(_app: Hono, _deps: AppDeps): void {}
