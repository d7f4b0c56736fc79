import { GROUP_FIELDS, type GroupField, TIMELINE_BUCKETS, type TimelineBucket } from '@trailmap/core';
import { z } from 'zod';

/** The view options a roadmap page accepts in its query string. */
export interface RoadmapQuery {
  view: 'now-next-later' | 'timeline' | 'both';
  groupBy: GroupField[];
  bucket: TimelineBucket;
}

const QuerySchema = z.object({
  view: z.enum(['now-next-later', 'timeline', 'both']).default('both'),
  groupBy: z
    .string()
    .default('')
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(z.enum(GROUP_FIELDS as [GroupField, ...GroupField[]])).max(3)),
  bucket: z.enum(TIMELINE_BUCKETS as [TimelineBucket, ...TimelineBucket[]]).default('month'),
});

/**
 * Parses `?view=&groupBy=&bucket=`; unknown values are a 400 with the allowed ones named.
 *
 * @example
 * parseRoadmapQuery({ view: 'timeline', groupBy: 'project,team' }); // => { ok: true, value: { view: 'timeline', groupBy: ['project', 'team'], bucket: 'month' } }
 */
export function parseRoadmapQuery(
  query: Record<string, string | undefined>,
): { ok: true; value: RoadmapQuery } | { ok: false; message: string } {
  const parsed = QuerySchema.safeParse(query);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, message: `${issue?.path.join('.') || 'query'}: ${issue?.message ?? 'invalid'}` };
}

/**
 * The same page with one query parameter changed, keeping the signature (`exp`, `sig`), which
 * covers the path only.
 *
 * @example
 * withQuery('/roadmap/o/workspace', { exp: '1', sig: 's' }, { view: 'timeline' }); // => '/roadmap/o/workspace?exp=1&sig=s&view=timeline'
 */
export function withQuery(
  path: string,
  current: Record<string, string | undefined>,
  change: Record<string, string>,
): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...current, ...change }))
    if (v !== undefined && v !== '') params.set(k, v);
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}
