import { route } from '@forge/api';
import { z } from 'zod';
import type { AppResult } from '../errors/appError';
import type { JiraClient } from './jiraClient';
import type { JiraIssue } from './jiraSchemas';

const LinksSchema = z
  .array(
    z.object({
      type: z.object({ name: z.string().optional() }).partial().optional(),
      inwardIssue: z.object({ key: z.string() }).optional(),
      outwardIssue: z.object({ key: z.string() }).optional(),
    }),
  )
  .catch([]);

/**
 * The keys an issue is already linked to, by any link type (`fields.issuelinks`, either side).
 *
 * @example
 * linkedKeys(issue); // => Set { 'PM-2' }
 */
export function linkedKeys(issue: JiraIssue): Set<string> {
  return new Set(
    LinksSchema.parse(issue.fields.issuelinks ?? []).flatMap(
      (l) => [l.inwardIssue?.key, l.outwardIssue?.key].filter((k) => !!k) as string[],
    ),
  );
}

/** The two link types the suggestions create; both ship with every Jira site. */
export type SuggestionLinkType = 'Duplicate' | 'Relates';

/**
 * Creates an issue link (`POST /rest/api/3/issueLink`). Jira's quirk: the `inwardIssue` takes the
 * outward wording, so `from` reads "duplicates" / "relates to" `to` in the issue view.
 *
 * @example
 * await linkIssues(jira, 'Duplicate', 'PM-7', 'PM-2'); // PM-7 duplicates PM-2
 */
export async function linkIssues(
  jira: JiraClient,
  type: SuggestionLinkType,
  from: string,
  to: string,
): Promise<AppResult<null>> {
  const body = { type: { name: type }, inwardIssue: { key: from }, outwardIssue: { key: to } };
  return jira.send('linkIssues', { method: 'POST', route: route`/rest/api/3/issueLink`, body }, null);
}
