import { createHash } from 'node:crypto';
import { type PlanningModel, PlanningModelSchema, type WorkItem } from '@trailmap/core';
import { type AppResult, ok } from '../errors/appError';
import { fieldDiscovery } from '../jira/fieldDiscovery';
import type { JiraClient } from '../jira/jiraClient';
import type { JiraIssue } from '../jira/jiraSchemas';
import { forEachSearchPage } from '../jira/searchIssues';
import { workItemFields, workItemFromJiraIssue } from '../mapping/fromJiraIssue';
import { planningModelFromItems, type ReleaseChoice } from '../mapping/toPlanningModel';
import { frameworkForProject } from '../scoring/projectFramework';
import { SCORE_PROPERTY_KEY } from '../scoring/scoreProperty';
import { roundScore, scoreWithInputs } from '../scoring/scoreWithInputs';
import type { Settings } from '../storage/settings';

/** Open issues a plan considers at most (10 search pages); larger backlogs should be filtered. */
export const MAX_PLANNING_PAGES = 10;

/** Everything a plan is computed from, read fresh from Jira. */
export interface PlanningInputs {
  items: WorkItem[];
  issues: Map<string, JiraIssue>;
  scores: Map<string, number>;
  model: PlanningModel;
  unestimated: string[];
  /** sha256 of the planning model: equal hashes mean the same plan. */
  hash: string;
}

/** A project's open backlog, mapped and scored. */
export interface Backlog {
  items: WorkItem[];
  issues: Map<string, JiraIssue>;
  scores: Map<string, number>;
}

/**
 * Reads the project's open backlog (bounded to `MAX_PLANNING_PAGES` pages) and scores it with the
 * project's framework. Items are ranked by score (Jira's LexoRank is not read), so the greedy
 * baseline packs in score order, as a PM would by hand.
 *
 * @example
 * const backlog = await readBacklog(jira, settings, 'PM');
 */
export async function readBacklog(
  jira: JiraClient,
  settings: Settings,
  projectKey: string,
): Promise<AppResult<Backlog>> {
  const fields = await fieldDiscovery(jira)();
  if (!fields.ok) return fields;
  const framework = frameworkForProject(settings, projectKey);
  if (!framework.ok) return framework;
  const issues = new Map<string, JiraIssue>();
  const walk = await forEachSearchPage(
    jira,
    {
      jql: `project = "${projectKey}" AND statusCategory != Done`,
      fields: [...workItemFields(fields.value), 'issuelinks'],
      properties: [SCORE_PROPERTY_KEY],
    },
    (page) => {
      for (const i of page.issues) issues.set(i.key, i);
      return true;
    },
    { maxPages: MAX_PLANNING_PAGES },
  );
  if (!walk.ok) return walk;
  const mapped = [...issues.values()].map((i) => workItemFromJiraIssue(i, fields.value));
  const scores = new Map<string, number>();
  for (const item of mapped) {
    const r = scoreWithInputs({ ...item, fields: {} }, item.fields, framework.value);
    if (r.ok) scores.set(item.key, roundScore(r.score));
  }
  const byScore = [...scores.entries()].sort(
    (a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en', { numeric: true }),
  );
  const rank = new Map(byScore.map(([key], i) => [key, i + 1]));
  const items = mapped.map((i) => (rank.has(i.key) ? { ...i, rank: rank.get(i.key)! } : i));
  return ok({ items, issues, scores });
}

/**
 * Reads the backlog and builds the planning model for the chosen releases, with its hash.
 *
 * @example
 * const inputs = await readPlanningInputs(jira, settings, 'PM', [{ versionId: '10000', name: 'v1', capacity: 20 }]);
 */
export async function readPlanningInputs(
  jira: JiraClient,
  settings: Settings,
  projectKey: string,
  releases: readonly ReleaseChoice[],
): Promise<AppResult<PlanningInputs>> {
  const backlog = await readBacklog(jira, settings, projectKey);
  if (!backlog.ok) return backlog;
  const built = planningModelFromItems(backlog.value.items, backlog.value.scores, releases);
  const model = PlanningModelSchema.parse(built.model);
  const hash = createHash('sha256').update(JSON.stringify(model)).digest('hex');
  return ok({ ...backlog.value, model, unestimated: built.unestimated, hash });
}

/** Weeks of completed work the release forecast samples throughput from (core's default lookback). */
const THROUGHPUT_WEEKS = 26;

/**
 * The project's issues completed in the last 26 weeks, mapped with their completion instant
 * (`resolutiondate`, else the status-category change), for the release forecast's throughput.
 *
 * @example
 * const done = await readCompletedItems(jira, 'PM'); // => { ok: true, value: [{ completedAt: '2026-02-03T…', … }] }
 */
export async function readCompletedItems(
  jira: JiraClient,
  projectKey: string,
): Promise<AppResult<WorkItem[]>> {
  const fields = await fieldDiscovery(jira)();
  if (!fields.ok) return fields;
  const items: WorkItem[] = [];
  const walk = await forEachSearchPage(
    jira,
    {
      jql: `project = "${projectKey}" AND statusCategory = Done AND resolved >= -${THROUGHPUT_WEEKS}w`,
      fields: [...workItemFields(fields.value), 'resolution', 'resolutiondate', 'statuscategorychangedate'],
    },
    (page) => {
      for (const i of page.issues) items.push(workItemFromJiraIssue(i, fields.value));
      return true;
    },
    { maxPages: MAX_PLANNING_PAGES },
  );
  if (!walk.ok) return walk;
  return ok(items);
}
