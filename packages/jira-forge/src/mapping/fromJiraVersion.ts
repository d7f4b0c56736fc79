import { type Release, ReleaseSchema } from '@trailmap/core';
import type { JiraVersion } from '../jira/jiraSchemas';

/**
 * Maps a Jira version to core's `Release` (dates are already `YYYY-MM-DD`).
 *
 * @example
 * releaseFromJiraVersion({ id: '10000', name: 'v1', releaseDate: '2026-03-01', released: false, archived: false });
 */
export function releaseFromJiraVersion(v: JiraVersion): Release {
  return ReleaseSchema.parse({
    id: v.id,
    name: v.name,
    ...(v.startDate ? { start: v.startDate } : {}),
    ...(v.releaseDate ? { end: v.releaseDate } : {}),
    released: v.released,
  });
}
