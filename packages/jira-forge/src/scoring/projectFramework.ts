import { type Framework, resolveFramework } from '@trailmap/core';
import { type AppResult, fail, ok } from '../errors/appError';
import type { Settings } from '../storage/settings';

/**
 * The framework a project scores with: its own setting, else the default.
 *
 * @example
 * frameworkForProject(settings, 'PM'); // => { ok: true, value: 'rice' }
 */
export function frameworkForProject(
  settings: Settings,
  projectKey: string | undefined,
): AppResult<Framework> {
  const name = (projectKey && settings.scoring.projects[projectKey]) || settings.scoring.defaultFramework;
  const r = resolveFramework(name, settings.scoring.scorecards);
  return r.ok ? ok(r.value) : fail({ kind: 'scoring_failed', problems: r.problems });
}

/**
 * A framework's id as stored in the issue property (`rice`, or the scorecard's name).
 *
 * @example
 * frameworkId('rice'); // => 'rice'
 */
export function frameworkId(framework: Framework): string {
  return typeof framework === 'string' ? framework : framework.name;
}
