import {
  KIND_LABELS,
  kindFromTracker,
  type LabelSuggestion,
  mergeLabels,
  predictLabels,
} from '@trailmap/core';
import type { JiraMirror } from '../../jira/jiraMirror';
import type { JiraRest, JiraRestError } from '../../jira/jiraRest';
import { deterministicId } from '../../linear/deterministicId';
import { IssueById } from '../../linear/documents/issuesPage';
import { CreateComment, CreateRelation } from '../../linear/documents/issueWrites';
import { AddLabel } from '../../linear/documents/labels';
import type { LinearApi, LinearApiError } from '../../linear/linearApi';
import type { WebhookIssue } from '../../mapping/fromLinearWebhook';
import { createSnapshotStore } from '../../sync/snapshotStore';
import type { JobContext } from '../worker';
import { linkAcrossTrackers } from './crossTrackerLink';
import { ensureLabel } from './ensureLabel';
import { teamAreaLabeller } from './teamAreaLabeller';
import { similarIssues } from './workspaceDuplicates';
import { workspaceLabeller } from './workspaceLabeller';

/** What the classifier did to one issue. */
export interface ClassifyReport {
  applied: string[];
  suggested: string[];
  linkedDuplicates: string[];
  relatedSuggestions: string[];
  /** Jira issues this Linear issue duplicates, linked both ways (Linear attachment, Jira remote link). */
  jiraDuplicates: string[];
  commented: boolean;
  skipped?: string;
}

/** Options of {@link classifyAndLabel}. */
export interface ClassifyOptions {
  comment: boolean;
  minConfidence: number;
  /** The Jira site matched against (cross-tracker duplicates); absent without a Jira connection. */
  jira?: JiraLink;
}

/** The Jira connection as a job uses it: the REST client and the mirror kept across jobs. */
export interface JiraLink {
  rest: JiraRest;
  mirror: JiraMirror;
}

/**
 * Classifies a new feedback issue and labels it in Linear: labels are only ever added
 * (`issueAddLabel`), never replacing a human's; a missing label is created once; likely
 * the team's own area labels come from a per-team model learnt from its history; likely
 * duplicates are linked with a `duplicate` relation and related ones suggested in a comment, at
 * thresholds learnt from the team's own duplicate relations (0.92 / 0.80 until about 20 are known).
 * With a Jira connection the Jira site's issues share the index: a Jira issue past the link
 * threshold is surfaced as "this Linear issue duplicates SUP-123" and linked both ways (a Linear
 * attachment to the Jira issue, a Jira remote link back); nothing is ever merged or closed. Every step is idempotent, so a retried job changes nothing twice.
 *
 * @example
 * const report = await classifyAndLabel(api, ctx, { organizationId, issue }, { comment: true, minConfidence: 0.6 });
 */
export async function classifyAndLabel(
  api: LinearApi,
  ctx: Pick<JobContext, 'store' | 'now' | 'effectOnce'>,
  p: { organizationId: string; issue: WebhookIssue },
  options: ClassifyOptions,
): Promise<
  | { ok: true; report: ClassifyReport }
  | { ok: false; error: LinearApiError }
  | { ok: false; jiraError: JiraRestError }
> {
  const report: ClassifyReport = {
    applied: [],
    suggested: [],
    linkedDuplicates: [],
    relatedSuggestions: [],
    jiraDuplicates: [],
    commented: false,
  };
  const labeller = await workspaceLabeller(ctx.store, p.organizationId, ctx.now());
  if (!labeller.ok) return { ok: true, report: { ...report, skipped: labeller.reason } };
  // Read the issue now: a human may have labelled it between the webhook and this job.
  const fresh = await api.request(IssueById, { id: p.issue.id });
  if (!fresh.ok) return fresh;
  const issue = fresh.value.issue;
  // Keep the mirror current, so duplicates and roadmaps see the issue before the next sync.
  await createSnapshotStore(ctx.store).upsert(p.organizationId, 'issues', [
    { id: issue.id, updatedAt: issue.updatedAt, data: issue },
  ]);

  const ticket = { title: issue.title, body: issue.description ?? '' };
  const prediction = predictLabels(labeller.model, ticket);
  // The team's own area labels (billing, auth, …) come from a second, per-team model; each
  // model's own readiness decides whether its labels are applied or only suggested.
  const areas = await teamAreaLabeller(
    ctx.store,
    { organizationId: p.organizationId, teamKey: issue.team.key },
    ctx.now(),
  );
  const areaPrediction = areas.ok ? predictLabels(areas.model, ticket) : undefined;
  const predictions = [prediction, ...(areaPrediction ? [areaPrediction] : [])];
  const suggestions: LabelSuggestion[] = predictions
    .filter((each) => each.mode === 'apply')
    .flatMap((each) =>
      each.labels
        .filter((l) => l.confidence >= options.minConfidence)
        .map((l) => ({
          label: l.label,
          confidence: l.confidence,
          modelVersion: each.modelVersion,
          source: 'model' as const,
        })),
    );
  const human = issue.labels.nodes.map((l) => kindFromTracker('', [l.name]) ?? l.name);
  const merged = mergeLabels(human, suggestions, { exclusiveGroups: [KIND_LABELS] });
  for (const applied of merged.applied) {
    const label = await ensureLabel(api, {
      organizationId: p.organizationId,
      teamId: issue.team.id,
      label: applied.label,
    });
    if (!label.ok) return label;
    if (!issue.labels.nodes.some((l) => l.id === label.label.id)) {
      const added = await api.request(AddLabel, { issueId: issue.id, labelId: label.label.id });
      if (!added.ok) return added;
    }
    report.applied.push(`${label.label.name} (${Math.round(applied.confidence * 100)} %)`);
  }
  const unapplied = (each: (typeof predictions)[number]) =>
    each.ranked
      .filter((l) => !merged.applied.some((a) => a.label === l.label))
      .slice(0, 2)
      .map((l) => `${l.label} (${Math.round(l.confidence * 100)} %)`);
  report.suggested = predictions.flatMap(unapplied);
  const stillLearning = predictions.filter((each) => each.mode === 'suggest').flatMap(unapplied);

  let jiraIssues: Parameters<typeof similarIssues>[3];
  if (options.jira) {
    const synced = await options.jira.mirror.sync(ctx.store, ctx.now());
    if (!synced.ok) return { ok: false, jiraError: synced.error };
    jiraIssues = { issues: synced.value };
  }
  const similar = await similarIssues(ctx.store, p.organizationId, issue, jiraIssues);
  const linked = new Set(
    [...issue.relations.nodes, ...issue.inverseRelations.nodes].flatMap((r) => [
      r.issue.id,
      r.relatedIssue.id,
    ]),
  );
  for (const match of similar) {
    if (match.tracker === 'jira' && options.jira) {
      const label = `${match.identifier} (${Math.round(match.score * 100)} %)`;
      if (match.verdict === 'related') {
        report.relatedSuggestions.push(`${match.identifier} in Jira (${Math.round(match.score * 100)} %)`);
        continue;
      }
      const linkedBoth = await linkAcrossTrackers(api, ctx, options.jira.rest, {
        linear: issue,
        jiraKey: match.identifier,
        jiraSummary: match.title ?? '',
        newer: 'linear',
      });
      if (!linkedBoth.ok) return linkedBoth;
      report.jiraDuplicates.push(label);
      continue;
    }
    if (match.verdict === 'duplicate') {
      if (!linked.has(match.id)) {
        const rel = await api.request(CreateRelation, {
          input: {
            id: deterministicId('duplicate', issue.id, match.id),
            issueId: issue.id,
            relatedIssueId: match.id,
            type: 'duplicate',
          },
        });
        if (!rel.ok && rel.error.code !== 'invalid_input') return rel;
      }
      report.linkedDuplicates.push(`${match.identifier} (${Math.round(match.score * 100)} %)`);
    } else if (match.verdict === 'related') {
      report.relatedSuggestions.push(`${match.identifier} (${Math.round(match.score * 100)} %)`);
    }
  }

  const body = commentBody(report, stillLearning);
  if (options.comment && body) {
    let failure: LinearApiError | undefined;
    await ctx.effectOnce(`comment:${issue.id}`, async () => {
      const posted = await api.request(CreateComment, {
        input: { id: deterministicId('comment', issue.id), issueId: issue.id, body },
      });
      if (!posted.ok && posted.error.code !== 'invalid_input') failure = posted.error;
    });
    if (failure) return { ok: false, error: failure };
    report.commented = true;
  }
  return { ok: true, report };
}

function commentBody(r: ClassifyReport, stillLearning: readonly string[]): string | undefined {
  const lines: string[] = [];
  if (r.applied.length) lines.push(`Labelled by Trailmap: ${r.applied.join(', ')}.`);
  if (stillLearning.length) lines.push(`Suggested labels (still learning): ${stillLearning.join(', ')}.`);
  if (r.linkedDuplicates.length) lines.push(`Likely duplicate of ${r.linkedDuplicates.join(', ')} (linked).`);
  if (r.jiraDuplicates.length)
    lines.push(
      `This Linear issue duplicates ${r.jiraDuplicates.join(', ')} in Jira (linked both ways; nothing was merged or closed).`,
    );
  if (r.relatedSuggestions.length) lines.push(`Possibly related: ${r.relatedSuggestions.join(', ')}.`);
  if (lines.length === 0) return undefined;
  lines.push('Change the labels if they are wrong: Trailmap learns from your correction.');
  return lines.join('\n\n');
}
