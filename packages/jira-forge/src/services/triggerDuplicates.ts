import type { FittedThresholds } from '@trailmap/core/dedupe';
import { jiraDuplicateDoc } from '@trailmap/trackers';
import { type AppResult, ok } from '../errors/appError';
import { linkedKeys, linkIssues } from '../jira/issueLinks';
import { addComment, getIssue } from '../jira/issueOperations';
import type { JiraClient } from '../jira/jiraClient';
import { claimEvent, releaseEvent } from '../storage/eventDedupe';
import { DUPLICATE_SEARCH_FIELDS, projectDuplicates } from './projectDuplicates';

/** One match the trigger acted on or mentions. */
export interface DuplicateHit {
  key: string;
  score: number;
}

/** What the duplicate step of a trigger did to one issue. */
export interface DuplicateOutcome {
  /** The likely duplicate it is now linked to ("duplicates"), if any passed the link threshold. */
  linked: (DuplicateHit & { created: boolean }) | undefined;
  /** Matches between the suggest and link thresholds: only mentioned, never linked. */
  related: DuplicateHit[];
  commented: boolean;
  thresholds: Pick<FittedThresholds, 'source' | 'link' | 'suggest' | 'knownPairs' | 'notes'> &
    Partial<Pick<FittedThresholds, 'linkPrecision' | 'linkRecall'>>;
}

const pct = (x: number) => `${Math.round(x * 100)} %`;
const round = (x: number) => Math.round(x * 100) / 100;

/**
 * The Jira trigger's duplicate check: ranks the issue against its project in core's duplicate
 * index (kept warm and refreshed incrementally, see `projectDuplicates`), with thresholds learnt
 * from the project's own duplicates. The best match at or above the link threshold gets a
 * "Duplicate" issue link (this issue duplicates it) unless the two are already linked; matches
 * above the suggest threshold are only mentioned. It only ever adds a link and one comment:
 * nothing is edited, transitioned, resolved, closed or deleted.
 *
 * @example
 * await checkDuplicates(jira, { issueId: '10001', issueKey: 'SUP-12', projectKey: 'SUP' }, { comment: true, now: new Date() });
 */
export async function checkDuplicates(
  jira: JiraClient,
  target: { issueId: string; issueKey: string; projectKey: string },
  options: { comment: boolean; now: Date },
): Promise<AppResult<DuplicateOutcome>> {
  const synced = await projectDuplicates(jira, target.projectKey, {
    scope: 'app',
    incremental: true,
    now: options.now.getTime(),
  });
  if (!synced.ok) return synced;
  const { mirror, thresholds, issues } = synced.value;
  // Search is eventually consistent: a just-created issue may not be found yet.
  let current = issues.get(target.issueKey);
  if (!current) {
    const fetched = await getIssue(jira, target.issueKey, { fields: DUPLICATE_SEARCH_FIELDS });
    if (!fetched.ok) return fetched;
    current = fetched.value;
  }
  const matches = mirror.index
    .query(jiraDuplicateDoc(current), { limit: 5, exclude: [target.issueKey] })
    .filter((m) => m.score >= thresholds.suggest);
  const best = matches[0] && matches[0].score >= thresholds.link ? matches[0] : undefined;
  const related = matches.filter((m) => m !== best).map((m) => ({ key: m.id, score: round(m.score) }));
  let linked: DuplicateOutcome['linked'];
  if (best) {
    const created = !linkedKeys(current).has(best.id);
    if (created) {
      const r = await linkIssues(jira, 'Duplicate', target.issueKey, best.id);
      if (!r.ok) return r;
    }
    linked = { key: best.id, score: round(best.score), created };
  }
  let commented = false;
  if (options.comment && (linked?.created || related.length > 0)) {
    // One comment per issue, however often its events are delivered or its text edited.
    const once = `duplicates-comment:${target.issueId}`;
    if (await claimEvent(once, options.now)) {
      const c = await addComment(jira, target.issueKey, commentText(linked, related, thresholds));
      if (!c.ok) {
        await releaseEvent(once);
        return c;
      }
      commented = true;
    }
  }
  return ok({
    linked,
    related,
    commented,
    thresholds: {
      source: thresholds.source,
      link: thresholds.link,
      suggest: thresholds.suggest,
      knownPairs: thresholds.knownPairs,
      notes: thresholds.notes,
      ...(thresholds.linkPrecision !== undefined
        ? { linkPrecision: thresholds.linkPrecision, linkRecall: thresholds.linkRecall ?? 0 }
        : {}),
    },
  });
}

function commentText(
  linked: DuplicateOutcome['linked'],
  related: readonly DuplicateHit[],
  t: FittedThresholds,
): string {
  const parts: string[] = [];
  if (linked)
    parts.push(`Trailmap linked this as a likely duplicate of ${linked.key} (score ${linked.score}).`);
  if (related.length)
    parts.push(`Possibly related: ${related.map((r) => `${r.key} (${r.score})`).join(', ')}.`);
  parts.push(
    t.source === 'learnt'
      ? `Thresholds learnt from ${t.knownPairs} known duplicates in this project: link at ${round(t.link)}${t.linkPrecision !== undefined ? ` (precision ${pct(t.linkPrecision)}, recall ${pct(t.linkRecall ?? 0)})` : ''}, suggest at ${round(t.suggest)}.`
      : `Default thresholds (link ${t.link}, suggest ${t.suggest}): only ${t.knownPairs} known duplicates in this project, fewer than 20 to learn from.`,
  );
  parts.push('Nothing was closed or merged; remove the link if it is wrong.');
  return parts.join(' ');
}
