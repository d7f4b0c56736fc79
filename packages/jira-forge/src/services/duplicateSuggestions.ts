import { jiraDuplicateDoc } from '@trailmap/trackers';
import { z } from 'zod';
import { type AppResult, fail, ok } from '../errors/appError';
import { linkedKeys, linkIssues, type SuggestionLinkType } from '../jira/issueLinks';
import { getIssue } from '../jira/issueOperations';
import type { JiraClient } from '../jira/jiraClient';
import type { JiraIssue } from '../jira/jiraSchemas';
import { DUPLICATE_SEARCH_FIELDS, projectDuplicates } from './projectDuplicates';

/** One suggestion shown in the issue panel. */
export interface Suggestion {
  key: string;
  summary: string;
  score: number;
  label: 'likely duplicate' | 'related';
  linkType: SuggestionLinkType;
  /** Already linked to the current issue (any type): the button is not offered again. */
  linked: boolean;
}

/** What `suggestions/get` returns. */
export interface SuggestionsView {
  issueKey: string;
  suggestions: Suggestion[];
  thresholds: { link: number; suggest: number; source: string };
}

const FIELDS = DUPLICATE_SEARCH_FIELDS;

const summaryOf = (issue: JiraIssue | undefined) =>
  typeof issue?.fields.summary === 'string' ? issue.fields.summary : '';

/**
 * The adapter between Jira and core's duplicate index for the issue panel: syncs the project's
 * mirror as the viewing user (thresholds fitted on the project's own duplicates, see
 * `projectDuplicates`) and ranks the current issue's suggestions.
 *
 * @example
 * await loadSuggestions(jira, 'PM-7'); // => { ok: true, value: { suggestions: [{ key: 'PM-2', label: 'likely duplicate', ... }] } }
 */
export async function loadSuggestions(
  jira: JiraClient,
  issueKey: string,
  now: number = Date.now(),
): Promise<AppResult<SuggestionsView>> {
  const current = await getIssue(jira, issueKey, { fields: FIELDS });
  if (!current.ok) return current;
  const project = z.object({ key: z.string() }).safeParse(current.value.fields.project);
  if (!project.success)
    return fail({ kind: 'unexpected', resolver: 'suggestions/get', detail: `${issueKey} has no project` });
  const synced = await projectDuplicates(jira, project.data.key, { scope: 'user', incremental: false, now });
  if (!synced.ok) return synced;
  const { mirror, thresholds, issues } = synced.value;
  const linked = linkedKeys(current.value);
  const suggestions = mirror.index
    .query(jiraDuplicateDoc(current.value), { limit: 10, exclude: [issueKey] })
    .filter((m) => m.score >= thresholds.suggest)
    .map((m): Suggestion => {
      const duplicate = m.score >= thresholds.link;
      return {
        key: m.id,
        summary: summaryOf(issues.get(m.id)),
        score: Math.round(m.score * 100) / 100,
        label: duplicate ? 'likely duplicate' : 'related',
        linkType: duplicate ? 'Duplicate' : 'Relates',
        linked: linked.has(m.id),
      };
    });
  return ok({
    issueKey,
    suggestions,
    thresholds: { link: thresholds.link, suggest: thresholds.suggest, source: thresholds.source },
  });
}

/**
 * Links the current issue to a suggestion, once: when the two are already linked it changes
 * nothing (a second click is harmless). Only ever adds a link; never edits or deletes.
 *
 * @example
 * await linkSuggestion(jira, 'PM-7', 'PM-2', 'Duplicate'); // => { ok: true, value: { created: true } }
 */
export async function linkSuggestion(
  jira: JiraClient,
  issueKey: string,
  targetKey: string,
  type: SuggestionLinkType,
): Promise<AppResult<{ created: boolean }>> {
  const current = await getIssue(jira, issueKey, { fields: ['issuelinks'] });
  if (!current.ok) return current;
  if (linkedKeys(current.value).has(targetKey)) return ok({ created: false });
  const r = await linkIssues(jira, type, issueKey, targetKey);
  return r.ok ? ok({ created: true }) : r;
}
