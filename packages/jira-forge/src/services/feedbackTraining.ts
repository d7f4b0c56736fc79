import { coldStartExamples, type LabelExample, teamLabelExamples, trainLabeller } from '@trailmap/core';
import { type AppResult, fail, ok } from '../errors/appError';
import type { JiraClient } from '../jira/jiraClient';
import { forEachSearchPage } from '../jira/searchIssues';
import { FEEDBACK_FIELDS, feedbackTicketFromJiraIssue, toJiraLabel } from '../mapping/fromJiraFeedback';
import { storeLabeller } from '../storage/labellerStore';
import { loadSettings } from '../storage/settings';

/** Upper bound for a stored model: 1 MB is five KVS chunks and loads fast in a trigger. */
export const MAX_MODEL_BYTES = 1_000_000;
/** Body text kept per example; long bodies add little and cost memory. */
const MAX_BODY = 2_000;

/**
 * Trains the project's labeller from its history: reads up to `maxPages` pages of feedback
 * issues; with configured label names it learns those (core's `teamLabelExamples`), otherwise it
 * cold-starts from Jira issue types (core's `coldStartExamples`: Bug → bug, …). Training needs
 * every example in memory, so it runs as one slice.
 *
 * @example
 * await trainLabellerSlice(jira, { projectKey: 'SUP', pageToken: undefined, maxPages: 50, shouldStop });
 */
export async function trainLabellerSlice(
  jira: JiraClient,
  input: {
    projectKey: string;
    pageToken: string | undefined;
    maxPages: number;
    shouldStop: () => Promise<boolean>;
  },
): Promise<AppResult<{ nextPageToken: string | undefined; stopped: boolean; examples: number }>> {
  const settings = (await loadSettings()).feedback;
  const wanted = new Set(settings.labels.map(toJiraLabel));
  const types = settings.issueTypes.map((t) => `"${t.replace(/"/g, '')}"`).join(', ');
  const tickets: Array<{ title: string; description: string; type: string; labels: string[] }> = [];
  let stopped = false;
  const walk = await forEachSearchPage(
    jira,
    { jql: `project = "${input.projectKey}" AND issuetype in (${types})`, fields: FEEDBACK_FIELDS },
    async (page) => {
      for (const issue of page.issues) {
        const t = feedbackTicketFromJiraIssue(issue);
        tickets.push({
          title: t.title,
          description: t.body.slice(0, MAX_BODY),
          type: t.issueType,
          labels: t.labels,
        });
      }
      if (await input.shouldStop()) {
        stopped = true;
        return false;
      }
      return true;
    },
    { maxPages: input.maxPages },
  );
  if (!walk.ok) return walk;
  if (stopped) return ok({ nextPageToken: undefined, stopped, examples: 0 });
  const examples: LabelExample[] =
    wanted.size > 0
      ? teamLabelExamples(tickets)
          .map((e) => ({ ...e, labels: e.labels.filter((l) => wanted.has(toJiraLabel(l))) }))
          .filter((e) => e.labels.length > 0)
      : coldStartExamples(tickets);
  const model = trainLabeller(examples, { maxModelBytes: MAX_MODEL_BYTES, seed: 1 });
  if (!model.ok) return fail({ kind: 'training_failed', problems: model.problems });
  await storeLabeller(input.projectKey, model.value);
  return ok({ nextPageToken: undefined, stopped: false, examples: examples.length });
}
