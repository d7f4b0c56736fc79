import type { DuplicateDoc, KnownDuplicate } from '@trailmap/core';
import { adfToText } from './adf';
import type { JiraRestIssue } from './fromJiraIssue';
import { nameOf, restTexts } from './restValues';

/**
 * The fields a Jira search must return for duplicate search: the text, the light signals
 * (components, affected versions), the version stamp the index re-indexes on, and the two places
 * Jira records a known duplicate (issue links and the resolution).
 */
export const JIRA_DUPLICATE_FIELDS = [
  'summary',
  'description',
  'updated',
  'issuelinks',
  'resolution',
  'components',
  'versions',
] as const;

/**
 * A Jira REST issue as core's duplicate index reads it: the key as id, the summary as title, the
 * ADF description as plain text, components and the first affected version as light signals.
 *
 * @example
 * jiraDuplicateDoc({ key: 'PM-1', fields: { summary: 'Crash on save', components: [{ name: 'Editor' }] } });
 * // => { id: 'PM-1', title: 'Crash on save', body: '', component: 'Editor' }
 */
export function jiraDuplicateDoc(issue: JiraRestIssue): DuplicateDoc {
  const f = issue.fields;
  const components = restTexts(f.components);
  const version = restTexts(f.versions)[0];
  return {
    id: issue.key,
    title: typeof f.summary === 'string' ? f.summary : '',
    body: adfToText(f.description).trim(),
    ...(components.length ? { component: components.join(', ') } : {}),
    ...(version ? { version } : {}),
  };
}

interface RestLink {
  type?: { name?: string };
  inwardIssue?: { key?: string };
  outwardIssue?: { key?: string };
}

/**
 * The duplicates a Jira site already knows, as labelled pairs: a `Duplicate` issue link (from
 * X's side `outwardIssue: Y` reads "X duplicates Y", `inwardIssue: Y` reads "Y duplicates X"),
 * and an issue resolved as `Duplicate` linked (by any other link type) to exactly one issue,
 * which is then the one it duplicates. Each pair once, self-links dropped.
 *
 * @example
 * jiraKnownDuplicates([{ key: 'PM-7', fields: { issuelinks: [{ type: { name: 'Duplicate' }, outwardIssue: { key: 'PM-2' } }] } }]);
 * // => [{ duplicate: 'PM-7', original: 'PM-2' }]
 */
export function jiraKnownDuplicates(issues: Iterable<JiraRestIssue>): KnownDuplicate[] {
  const seen = new Set<string>();
  const out: KnownDuplicate[] = [];
  const add = (duplicate: string | undefined, original: string | undefined) => {
    if (!duplicate || !original || duplicate === original) return;
    const id = `${duplicate}>${original}`;
    if (seen.has(id)) return;
    seen.add(id);
    out.push({ duplicate, original });
  };
  for (const issue of issues) {
    const links = (Array.isArray(issue.fields.issuelinks) ? issue.fields.issuelinks : []).filter(
      (l): l is RestLink => typeof l === 'object' && l !== null,
    );
    let marked = false;
    const others = new Set<string>();
    for (const l of links) {
      const duplicateLink = l.type?.name?.trim().toLowerCase() === 'duplicate';
      if (duplicateLink) {
        marked = true;
        add(issue.key, l.outwardIssue?.key);
        add(l.inwardIssue?.key, issue.key);
      } else {
        for (const k of [l.inwardIssue?.key, l.outwardIssue?.key]) if (k) others.add(k);
      }
    }
    const resolvedAsDuplicate = nameOf(issue.fields.resolution)?.trim().toLowerCase() === 'duplicate';
    // A resolution alone does not say which issue is the original; one other link does.
    if (resolvedAsDuplicate && !marked && others.size === 1) add(issue.key, [...others][0]);
  }
  return out;
}
