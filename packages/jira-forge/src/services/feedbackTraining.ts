import { type AppResult, fail, ok } from '../errors/appError.ts';
import { type LabelExample, labellerPort } from '../feedback/labellerPort.ts';
import type { JiraClient } from '../jira/jiraClient.ts';
import { forEachSearchPage } from '../jira/searchIssues.ts';
import { FEEDBACK_FIELDS, feedbackTicketFromJiraIssue, toJiraLabel } from '../mapping/fromJiraFeedback.ts';
import { loadCorrections, storeModelText } from '../storage/labellerModel.ts';
import { loadSettings } from '../storage/settings.ts';

/** Upper bound for a stored model: 1 MB is five KVS chunks and loads fast in a trigger. */
export const MAX_MODEL_BYTES = 1_000_000;
/** Body text kept per example; long bodies add little and cost memory. */
const MAX_BODY = 2_000;

/**
 * Trains the project's labeller from its history in one slice: reads up to `maxPages` pages of
 * feedback issues, uses the admin's label names present on them (or, on a cold start with none,
 * the Jira issue type), adds the stored human corrections, trains with core and stores the model
 * in KVS chunks. Training needs all examples in memory, so it is one slice, not resumable.
 *
 * @example
 * await trainLabellerSlice(jira, { projectKey: 'SUP', pageToken: undefined, maxPages: 50, shouldStop });
 */
export async function trainLabellerSlice(
  jira: JiraClient,
  input: { projectKey: string; pageToken: string | undefined; maxPages: number; shouldStop: () => Promise<boolean> },
): Promise<AppResult<{ nextPageToken: string | undefined; stopped: boolean; examples: number }>> {
  const port = labellerPort();
  if (!port.ok) return port;
  const settings = (await loadSettings()).feedback;
  const wanted = new Set(settings.labels.map(toJiraLabel));
  const types = settings.issueTypes.map((t) => `"${t.replace(/"/g, '')}"`).join(', ');
  const examples: LabelExample[] = [];
  const byKey = new Map<string, number>();
  let stopped = false;
  const walk = await forEachSearchPage(
    jira,
    { jql: `project = ${input.projectKey} AND issuetype in (${types})`, fields: FEEDBACK_FIELDS },
    async (page) => {
      for (const issue of page.issues) {
        const t = feedbackTicketFromJiraIssue(issue);
        const labels = wanted.size > 0 ? t.labels.filter((l) => wanted.has(toJiraLabel(l))) : [];
        // Cold start: without any configured label on the issue, its issue type is the class.
        const classes = labels.length > 0 ? labels : wanted.size === 0 ? [t.issueType] : [];
        if (classes.length === 0) continue;
        byKey.set(t.key, examples.length);
        examples.push({ title: t.title, body: t.body.slice(0, MAX_BODY), labels: classes });
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
  if (stopped) return ok({ nextPageToken: undefined, stopped, examples: examples.length });
  // Human corrections since the last training override what the history says for those issues.
  for (const c of await loadCorrections(input.projectKey)) {
    const i = byKey.get(c.issueKey);
    if (i === undefined) continue;
    const ex = examples[i]!;
    const labels = new Set([...ex.labels.filter((l) => !c.removed.includes(l)), ...c.added.filter((l) => wanted.size === 0 || wanted.has(toJiraLabel(l)))]);
    examples[i] = { ...ex, labels: [...labels] };
  }
  const model = port.value.trainLabeller(examples, { maxModelBytes: MAX_MODEL_BYTES, seed: 1 });
  if (!model.ok) return fail({ kind: 'training_failed', problems: model.problems });
  await storeModelText(input.projectKey, port.value.serialiseModel(model.value), model.value.version);
  return ok({ nextPageToken: undefined, stopped: false, examples: examples.length });
}
