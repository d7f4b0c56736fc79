import {
  type Comparison,
  compareItems,
  type FieldValue,
  type Framework,
  type ScoreResult,
  type WorkItem,
} from '@trailmap/core';
import { type AppResult, fail, ok } from '../errors/appError';
import { writeScoreFieldValue } from '../jira/appFieldValues';
import type { FieldMap } from '../jira/fieldDiscovery';
import { fieldDiscovery } from '../jira/fieldDiscovery';
import { getIssue, setIssueProperty } from '../jira/issueOperations';
import type { JiraClient } from '../jira/jiraClient';
import { approximateCount, searchPage } from '../jira/searchIssues';
import { currentScore, workItemFields, workItemFromJiraIssue } from '../mapping/fromJiraIssue';
import { frameworkInputs, type InputSpec } from '../scoring/frameworkInputs';
import { frameworkForProject, frameworkId } from '../scoring/projectFramework';
import { SCORE_PROPERTY_KEY, type ScoreProperty } from '../scoring/scoreProperty';
import { roundScore, scoreWithInputs } from '../scoring/scoreWithInputs';
import { loadSettings } from '../storage/settings';

/** A neighbour in the project ranking and why the issue ranks above or below it. */
export interface Neighbour {
  key: string;
  title: string;
  score: number;
  why: string;
  comparison: Comparison;
}

/** Everything the panel shows: inputs, score, and place in the project ranking. */
export interface IssueScoreView {
  issueKey: string;
  projectKey: string | undefined;
  framework: Framework;
  frameworkId: string;
  inputs: InputSpec[];
  values: Record<string, FieldValue>;
  /** The issue as core sees it (without the inputs), so the panel can rescore locally. */
  base: WorkItem;
  result: ScoreResult;
  rank:
    | { position: number; approximate: true; above: Neighbour | undefined; below: Neighbour | undefined }
    | undefined;
}

/** The two clients an invocation uses: as the viewing user (permissions) and as the app (its own field). */
export interface Clients {
  user: JiraClient;
  app: JiraClient;
}

/**
 * Loads an issue's scoring view (`score/get`): framework, inputs with scale choices, score with
 * explanation and range, rank and neighbours.
 *
 * @example
 * const view = await loadIssueScore(clients, 'PM-1'); if (view.ok) view.value.result;
 */
export async function loadIssueScore(clients: Clients, issueKey: string): Promise<AppResult<IssueScoreView>> {
  const fields = await fieldDiscovery(clients.user)();
  if (!fields.ok) return fields;
  const issue = await getIssue(clients.user, issueKey, {
    fields: workItemFields(fields.value),
    properties: [SCORE_PROPERTY_KEY],
  });
  if (!issue.ok) return issue;
  const item = workItemFromJiraIssue(issue.value, fields.value);
  const framework = frameworkForProject(await loadSettings(), item.project);
  if (!framework.ok) return framework;
  const values = item.fields;
  const base: WorkItem = { ...item, fields: {} };
  const result = scoreWithInputs(base, values, framework.value);
  const rank = result.ok
    ? await rankOf(clients.user, fields.value, item, { key: item.key, result }, framework.value)
    : ok(undefined);
  if (!rank.ok) return rank;
  return ok({
    issueKey: item.key,
    projectKey: item.project,
    framework: framework.value,
    frameworkId: frameworkId(framework.value),
    inputs: frameworkInputs(framework.value),
    values,
    base,
    result,
    rank: rank.value,
  });
}

/**
 * Saves inputs (`score/save`): rescoring first, so invalid inputs write nothing; then the issue
 * property (as the user, so Jira checks they may edit the issue) and the score field (as the app,
 * the only writer Jira allows for an app-owned field).
 *
 * @example
 * await saveIssueScore(clients, 'PM-1', { reach: 400, impact: 2, confidence: '80%', effort: 2 }, new Date());
 */
export async function saveIssueScore(
  clients: Clients,
  issueKey: string,
  values: Record<string, FieldValue>,
  now: Date,
): Promise<AppResult<IssueScoreView>> {
  const current = await loadIssueScore(clients, issueKey);
  if (!current.ok) return current;
  const view = current.value;
  const result = scoreWithInputs(view.base, values, view.framework);
  if (!result.ok) return fail({ kind: 'scoring_failed', problems: result.problems });
  const fields = await fieldDiscovery(clients.user)();
  if (!fields.ok) return fields;
  if (!fields.value.scoreFieldId) return fail({ kind: 'score_field_missing' });
  const property: ScoreProperty = {
    framework: view.frameworkId,
    inputs: values,
    score: roundScore(result.score),
    range: result.range,
    savedAt: now.toISOString(),
  };
  const saved = await setIssueProperty(clients.user, issueKey, SCORE_PROPERTY_KEY, property);
  if (!saved.ok) return saved;
  const written = await writeScoreFieldValue(
    clients.app,
    fields.value.scoreFieldId,
    view.base.id,
    roundScore(result.score),
  );
  if (!written.ok) return written;
  return loadIssueScore(clients, issueKey);
}

/**
 * `customfield_10050` → `cf[10050]`, the JQL form that survives field renames.
 *
 * @example
 * jqlFieldRef('customfield_10050'); // => 'cf[10050]'
 */
export function jqlFieldRef(fieldId: string): string {
  return `cf[${fieldId.replace(/^customfield_/, '')}]`;
}

async function rankOf(
  jira: JiraClient,
  fields: FieldMap,
  item: WorkItem,
  own: { key: string; result: ScoreResult },
  framework: Framework,
): Promise<AppResult<IssueScoreView['rank']>> {
  if (!fields.scoreFieldId || !item.project || !own.result.ok) return ok(undefined);
  const cf = jqlFieldRef(fields.scoreFieldId);
  const score = roundScore(own.result.score);
  const scope = `project = "${item.project}"`;
  // One count call instead of paging the whole project: rank = issues scoring higher + 1.
  const higher = await approximateCount(jira, `${scope} AND ${cf} > ${score}`);
  if (!higher.ok) return higher;
  const neighbour = async (jql: string) => {
    const page = await searchPage(
      jira,
      { jql, fields: workItemFields(fields), properties: [SCORE_PROPERTY_KEY], pageSize: 1 },
      undefined,
    );
    if (!page.ok) return page;
    const issue = page.value.issues[0];
    if (!issue) return ok(undefined);
    const other = workItemFromJiraIssue(issue, fields);
    const otherResult = scoreWithInputs({ ...other, fields: {} }, other.fields, framework);
    const comparison = compareItems(own, { key: other.key, result: otherResult });
    return ok<Neighbour>({
      key: other.key,
      title: other.title,
      // The stored field value is what ranks the neighbour, even if its inputs no longer score.
      score: currentScore(issue, fields) ?? (otherResult.ok ? roundScore(otherResult.score) : 0),
      why: comparison.summary,
      comparison,
    });
  };
  const above = await neighbour(`${scope} AND ${cf} > ${score} ORDER BY ${cf} ASC`);
  if (!above.ok) return above;
  const below = await neighbour(`${scope} AND ${cf} < ${score} ORDER BY ${cf} DESC`);
  if (!below.ok) return below;
  return ok({ position: higher.value + 1, approximate: true, above: above.value, below: below.value });
}
