import { createDuplicateMirror, type DuplicateMirror, type KnownDuplicate } from '@trailmap/core/dedupe';
import { adfToText } from '@trailmap/trackers';
import { z } from 'zod';
import { type AppResult, fail, ok } from '../errors/appError';
import { linkIssues, type SuggestionLinkType } from '../jira/issueLinks';
import { getIssue } from '../jira/issueOperations';
import type { JiraClient } from '../jira/jiraClient';
import type { JiraIssue } from '../jira/jiraSchemas';
import { forEachSearchPage } from '../jira/searchIssues';

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

const FIELDS = ['summary', 'description', 'updated', 'project', 'issuelinks'];
// Bounded work per invocation: 10 pages of 100 candidates.
const MAX_PAGES = 10;

const LinksSchema = z
  .array(
    z.object({
      type: z.object({ name: z.string().optional() }).partial().optional(),
      inwardIssue: z.object({ key: z.string() }).optional(),
      outwardIssue: z.object({ key: z.string() }).optional(),
    }),
  )
  .catch([]);

const linksOf = (issue: JiraIssue) => LinksSchema.parse(issue.fields.issuelinks ?? []);
const linkedKeys = (issue: JiraIssue) =>
  new Set(
    linksOf(issue).flatMap((l) => [l.inwardIssue?.key, l.outwardIssue?.key].filter((k) => !!k) as string[]),
  );
const summaryOf = (issue: JiraIssue) =>
  typeof issue.fields.summary === 'string' ? issue.fields.summary : '';
const toDoc = (issue: JiraIssue) => ({
  id: issue.key,
  title: summaryOf(issue),
  body: adfToText(issue.fields.description).trim(),
});

// One mirror per project, kept across invocations of a warm Forge runtime so only changed issues re-index.
const mirrors = new Map<string, DuplicateMirror>();

/**
 * The adapter between Jira and core's duplicate index: reads the project's issues through the
 * search client, syncs a {@link DuplicateMirror} (thresholds fitted on the project's own
 * Duplicate links), and ranks the current issue's suggestions.
 *
 * @example
 * await loadSuggestions(jira, 'PM-7'); // => { ok: true, value: { suggestions: [{ key: 'PM-2', label: 'likely duplicate', ... }] } }
 */
export async function loadSuggestions(
  jira: JiraClient,
  issueKey: string,
): Promise<AppResult<SuggestionsView>> {
  const current = await getIssue(jira, issueKey, { fields: FIELDS });
  if (!current.ok) return current;
  const project = z.object({ key: z.string() }).safeParse(current.value.fields.project);
  if (!project.success)
    return fail({ kind: 'unexpected', resolver: 'suggestions/get', detail: `${issueKey} has no project` });
  const docs: { doc: ReturnType<typeof toDoc>; version: string }[] = [];
  const known: KnownDuplicate[] = [];
  const searched = await forEachSearchPage(
    jira,
    { jql: `project = "${project.data.key}"`, fields: FIELDS },
    (page) => {
      for (const issue of page.issues) {
        docs.push({ doc: toDoc(issue), version: String(issue.fields.updated ?? '') });
        for (const l of linksOf(issue)) {
          if (l.type?.name === 'Duplicate' && l.outwardIssue)
            known.push({ duplicate: issue.key, original: l.outwardIssue.key });
        }
      }
      return true;
    },
    { maxPages: MAX_PAGES },
  );
  if (!searched.ok) return searched;
  let mirror = mirrors.get(project.data.key);
  if (!mirror) {
    mirror = createDuplicateMirror();
    mirrors.set(project.data.key, mirror);
  }
  const thresholds = mirror.sync(docs, known);
  const linked = linkedKeys(current.value);
  const summaries = new Map(docs.map((d) => [d.doc.id, d.doc.title]));
  const suggestions = mirror.index
    .query(toDoc(current.value), { limit: 10, exclude: [issueKey] })
    .filter((m) => m.score >= thresholds.suggest)
    .map((m): Suggestion => {
      const duplicate = m.score >= thresholds.link;
      return {
        key: m.id,
        summary: summaries.get(m.id) ?? '',
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
