import { route } from '@forge/api';
import { type AppResult, ok } from '../errors/appError';
import type { JiraClient } from './jiraClient';
import { type FieldDetails, FieldListSchema } from './jiraSchemas';

/** The module key of the app's score field in manifest.yml. */
export const SCORE_FIELD_MODULE_KEY = 'priority-score-field';

/** Field ids the app needs, discovered per site (they differ between company- and team-managed projects). */
export interface FieldMap {
  /** The app-owned "Priority score" number field, if installed. */
  scoreFieldId: string | undefined;
  /** Every story-point-like field, in preference order; a project uses whichever it has on screen. */
  storyPointFieldIds: string[];
  /** Start/target date fields when the site has them (Advanced Roadmaps / team-managed). */
  startDateFieldId: string | undefined;
  targetDateFieldId: string | undefined;
  /** Lower-case field name → id, for scorecard inputs mapped onto existing Jira fields. */
  idByName: Map<string, string>;
}

const STORY_POINT_NAMES = ['story point estimate', 'story points'];
const STORY_POINT_TYPES = ['com.pyxis.greenhopper.jira:jsw-story-points'];

/**
 * Picks the app's fields out of `GET /rest/api/3/field`. The Forge field's `schema.custom` is its
 * extension ARI ending in `/static/<moduleKey>`; the name is the fallback because a site admin
 * cannot rename an app-owned field.
 *
 * @example
 * mapFields([{ id: 'customfield_10016', name: 'Story point estimate', custom: true, clauseNames: [] }]).storyPointFieldIds;
 * // => ['customfield_10016']
 */
export function mapFields(fields: readonly FieldDetails[]): FieldMap {
  const isAppScore = (f: FieldDetails) =>
    f.custom &&
    (f.schema?.custom?.endsWith(`/static/${SCORE_FIELD_MODULE_KEY}`) === true ||
      (f.schema?.custom?.startsWith('ari:cloud:ecosystem::extension/') === true &&
        f.name === 'Priority score'));
  const storyPoints = fields
    .filter(
      (f) =>
        f.custom &&
        (STORY_POINT_NAMES.includes(f.name.toLowerCase()) ||
          STORY_POINT_TYPES.includes(f.schema?.custom ?? '')),
    )
    // Team-managed "Story point estimate" first: it is the one Jira's own boards show today.
    .sort((a, b) => rankStoryPointName(a.name) - rankStoryPointName(b.name));
  const byClause = (clause: string) =>
    fields.find((f) => f.clauseNames.some((c) => c.toLowerCase() === clause))?.id;
  return {
    scoreFieldId: fields.find(isAppScore)?.id,
    storyPointFieldIds: storyPoints.map((f) => f.id),
    startDateFieldId: byClause('"start date[date]"') ?? fields.find((f) => f.name === 'Start date')?.id,
    targetDateFieldId: fields.find((f) => f.name === 'Target end' || f.name === 'Target date')?.id,
    idByName: new Map(fields.map((f) => [f.name.toLowerCase(), f.id])),
  };
}

function rankStoryPointName(name: string): number {
  const i = STORY_POINT_NAMES.indexOf(name.toLowerCase());
  return i === -1 ? STORY_POINT_NAMES.length : i;
}

// Clients are created per invocation, so caching per client is caching per invocation.
const cache = new WeakMap<JiraClient, Promise<AppResult<FieldMap>>>();

/**
 * Discovers fields once per invocation: the answer is memoised on the client, so a resolver or
 * job asks Jira for the field list exactly once however many helpers need it. A failed lookup is
 * not cached, so the next helper may retry.
 *
 * @example
 * const a = await fieldDiscovery(jira)(); const b = await fieldDiscovery(jira)(); // one GET /rest/api/3/field
 */
export function fieldDiscovery(jira: JiraClient): () => Promise<AppResult<FieldMap>> {
  return () => {
    const cached = cache.get(jira);
    if (cached) return cached;
    const pending = jira
      .send('getFields', { method: 'GET', route: route`/rest/api/3/field` }, FieldListSchema)
      .then((r) => {
        if (!r.ok) cache.delete(jira);
        return r.ok ? ok(mapFields(r.value)) : r;
      });
    cache.set(jira, pending);
    return pending;
  };
}
