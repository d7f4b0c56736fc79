import {
  buildOutcomes,
  type ExperimentRecord,
  type OutcomesView,
  outcomesHtml,
  outcomesSummary,
} from '@trailmap/core';
import { type AppResult, ok } from '../errors/appError';
import { fieldDiscovery } from '../jira/fieldDiscovery';
import type { JiraClient } from '../jira/jiraClient';
import { forEachSearchPage } from '../jira/searchIssues';
import { workItemFields, workItemFromJiraIssue } from '../mapping/fromJiraIssue';
import { SCORE_PROPERTY_KEY } from '../scoring/scoreProperty';
import { EXPERIMENT_PROPERTY_KEY, parsePastedExperiment } from './issueExperiment';
import { MAX_PLANNING_PAGES } from './planningInputs';

/** The project page's outcomes view: lines for the page and core's self-contained HTML. */
export interface ProjectOutcomes {
  summary: string[];
  html: string;
  view: OutcomesView;
}

/**
 * Outcomes for a project: every issue (done or not) whose "Experiment" section holds a result is
 * an experiment of that idea; its RICE inputs (the score property) are the prediction. Bounded to
 * `MAX_PLANNING_PAGES` pages of the project's issues.
 *
 * @example
 * await projectOutcomes(jira, 'PM'); // => { ok: true, value: { summary: ['Outcomes: 3 ideas …'], … } }
 */
export async function projectOutcomes(
  jira: JiraClient,
  projectKey: string,
): Promise<AppResult<ProjectOutcomes>> {
  const fields = await fieldDiscovery(jira)();
  if (!fields.ok) return fields;
  const records: ExperimentRecord[] = [];
  const items: ReturnType<typeof workItemFromJiraIssue>[] = [];
  const walk = await forEachSearchPage(
    jira,
    {
      jql: `project = "${projectKey}"`,
      fields: workItemFields(fields.value),
      properties: [SCORE_PROPERTY_KEY, EXPERIMENT_PROPERTY_KEY],
    },
    (page) => {
      for (const issue of page.issues) {
        const item = workItemFromJiraIssue(issue, fields.value);
        const stored = (issue.properties as Record<string, unknown> | undefined)?.[EXPERIMENT_PROPERTY_KEY] as
          | { text?: unknown }
          | undefined;
        if (typeof stored?.text !== 'string') continue;
        items.push(item);
        const parsed = parsePastedExperiment(stored.text);
        if (!parsed.ok) continue;
        records.push({
          id: issue.key,
          title: item.title,
          ideas: [issue.key],
          hypothesis: { statement: '' },
          metrics: parsed.value,
          ...(item.team ? { team: item.team } : {}),
        });
      }
      return true;
    },
    { maxPages: MAX_PLANNING_PAGES },
  );
  if (!walk.ok) return walk;
  const view = buildOutcomes(items, records);
  return ok({ summary: outcomesSummary(view), html: outcomesHtml(view, `${projectKey} outcomes`), view });
}
