import type { Framework } from '@trailmap/core';
import { type AppResult, fail, ok } from '../errors/appError';
import { MAX_ISSUES_PER_FIELD_WRITE, type ScoreWrite, writeScoreField } from '../jira/appFieldValues';
import { fieldDiscovery } from '../jira/fieldDiscovery';
import type { JiraClient } from '../jira/jiraClient';
import { forEachSearchPage } from '../jira/searchIssues';
import { currentScore, workItemFields, workItemFromJiraIssue } from '../mapping/fromJiraIssue';
import { frameworkForProject } from '../scoring/projectFramework';
import { SCORE_PROPERTY_KEY } from '../scoring/scoreProperty';
import { roundScore, scoreWithInputs } from '../scoring/scoreWithInputs';
import type { Settings } from '../storage/settings';

/** Counters of one rescore run (or one slice of a bulk job). */
export interface RescoreProgress {
  pages: number;
  scanned: number;
  /** Issues whose field value changed and was written. */
  changed: number;
  /** Issues without inputs (or with invalid ones): left untouched. */
  unscored: number;
  /** Bulk field-write requests sent. */
  writeRequests: number;
}

/** Options of `rescoreIssues`. */
export interface RescoreOptions {
  jql: string;
  settings: Settings;
  startToken?: string;
  /** Stop after this many pages and hand back the token (bounded work per invocation). */
  maxPages?: number;
  /** Checked between pages; `true` stops the run (bulk-job cancel flag). */
  shouldStop?: () => Promise<boolean>;
  /** Called after every page with running totals. */
  onPage?: (progress: RescoreProgress, nextPageToken: string | undefined) => Promise<void>;
}

/**
 * Rescores the issues a bounded JQL query matches and refreshes the "Priority score" field.
 * Reads one search page per `pageSize` issues (inputs come along as the issue property, so no
 * per-issue GET), writes only values that changed, and batches writes up to 1,000 issues per
 * bulk call: ~ceil(n / 100) reads + ceil(changed / 1000) writes + 1 field discovery.
 *
 * @example
 * await rescoreIssues(jira, { jql: 'project = PM', settings }); // => { ok: true, value: { progress, nextPageToken } }
 */
export async function rescoreIssues(
  jira: JiraClient,
  options: RescoreOptions,
): Promise<AppResult<{ progress: RescoreProgress; nextPageToken: string | undefined; stopped: boolean }>> {
  const fields = await fieldDiscovery(jira)();
  if (!fields.ok) return fields;
  const fieldId = fields.value.scoreFieldId;
  if (!fieldId) return fail({ kind: 'score_field_missing' });
  const progress: RescoreProgress = { pages: 0, scanned: 0, changed: 0, unscored: 0, writeRequests: 0 };
  const frameworks = new Map<string, Framework | undefined>();
  const frameworkOf = (project: string | undefined) => {
    const key = project ?? '';
    if (!frameworks.has(key)) {
      const f = frameworkForProject(options.settings, project);
      frameworks.set(key, f.ok ? f.value : undefined);
    }
    return frameworks.get(key);
  };
  let pending: ScoreWrite[] = [];
  let failure: AppResult<never> | undefined;
  const flush = async () => {
    if (pending.length === 0) return true;
    const r = await writeScoreField(jira, fieldId, pending);
    if (!r.ok) {
      failure = r;
      return false;
    }
    progress.writeRequests += r.value.requests;
    pending = [];
    return true;
  };
  let stopped = false;

  const walk = await forEachSearchPage(
    jira,
    { jql: options.jql, fields: workItemFields(fields.value), properties: [SCORE_PROPERTY_KEY] },
    async (page) => {
      progress.pages++;
      for (const issue of page.issues) {
        progress.scanned++;
        const item = workItemFromJiraIssue(issue, fields.value);
        const framework = frameworkOf(item.project);
        const result = framework
          ? scoreWithInputs({ ...item, fields: {} }, item.fields, framework)
          : undefined;
        if (!result?.ok) {
          progress.unscored++;
          continue;
        }
        const value = roundScore(result.score);
        if (currentScore(issue, fields.value) === value) continue;
        pending.push({ issueId: issue.id, value });
        progress.changed++;
      }
      if (pending.length >= MAX_ISSUES_PER_FIELD_WRITE && !(await flush())) return false;
      await options.onPage?.({ ...progress }, page.nextPageToken);
      if (options.shouldStop && (await options.shouldStop())) {
        stopped = true;
        return false;
      }
      return true;
    },
    {
      ...(options.startToken ? { startToken: options.startToken } : {}),
      ...(options.maxPages ? { maxPages: options.maxPages } : {}),
    },
  );
  if (failure) return failure;
  if (!walk.ok) return walk;
  if (!(await flush()))
    return failure ?? fail({ kind: 'jira_bad_response', operation: 'rescore', detail: 'flush failed' });
  return ok({ progress, nextPageToken: walk.value.nextPageToken, stopped });
}
