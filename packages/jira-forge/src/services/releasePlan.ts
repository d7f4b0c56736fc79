import type { WorkItem } from '@trailmap/core';
import {
  type Deferral,
  deferralText,
  type Forecast,
  forecastReleases,
  greedyBaseline,
  type Plan,
  planHeuristic,
  validatePlanningModel,
  weeklyThroughput,
} from '@trailmap/core';
import { today } from '@trailmap/core/calendar';
import { type AppResult, fail, ok } from '../errors/appError';
import { getProject } from '../jira/issueOperations';
import type { JiraClient } from '../jira/jiraClient';
import { createVersion, listVersions, setPlannedVersion, updateVersion } from '../jira/versionOperations';
import type { ReleaseChoice } from '../mapping/toPlanningModel';
import { loadPreview, type PlannedRemoval, type PlanPreview, storePreview } from '../storage/planPreviews';
import type { Settings } from '../storage/settings';
import { computeChanges, type PlanChange } from './planChanges';
import { readCompletedItems, readPlanningInputs } from './planningInputs';

/** Summary of one plan (Trailmap's or the baseline) for the UI. */
export interface PlanSummary {
  method: Plan['method'];
  value: number;
  releases: Array<{ name: string; items: string[]; cost: number; capacity: number; value: number }>;
  /** Core's deferrals, each with its one-sentence reason. */
  deferred: Array<Deferral & { text: string }>;
}

/** What `plan/preview` returns. */
export interface PlanPreviewView {
  previewId: string;
  hash: string;
  plan: PlanSummary;
  baseline: PlanSummary;
  /** Trailmap's plan value over the greedy baseline's, in percent. */
  gainPercent: number;
  changes: PlanChange[];
  unestimated: string[];
  /** P50/P85/P95 finish dates of the planned releases from the project's throughput in points. */
  forecast: { ok: true; value: Forecast } | { ok: false; reason: string };
}

const summarise = (p: Plan): PlanSummary => ({
  method: p.method,
  value: p.value,
  releases: p.releases.map((r) => ({
    name: r.name,
    items: r.items,
    cost: r.cost,
    capacity: r.capacity,
    value: r.value,
  })),
  deferred: p.deferred.map((d) => ({ ...d, text: deferralText(d) })),
});

/**
 * Plans the chosen releases with core's heuristic and the greedy baseline, stores the preview
 * (id + model hash) and returns what apply would change. Nothing is written to Jira.
 *
 * @example
 * await previewPlan(jira, settings, 'PM', [{ versionId: '10000', name: 'v1', capacity: 20 }], newId, now);
 */
export async function previewPlan(
  jira: JiraClient,
  settings: Settings,
  projectKey: string,
  releases: ReleaseChoice[],
  newId: () => string,
  now: Date,
): Promise<AppResult<PlanPreviewView>> {
  const inputs = await readPlanningInputs(jira, settings, projectKey, releases);
  if (!inputs.ok) return inputs;
  const history = await readCompletedItems(jira, projectKey);
  if (!history.ok) return history;
  const valid = validatePlanningModel(inputs.value.model);
  if (!valid.ok) return fail({ kind: 'planning_failed', problems: valid.problems });
  const plan = planHeuristic(valid.model, { seed: 1 });
  const baseline = greedyBaseline(valid.model);
  const versions = await listVersions(jira, projectKey);
  if (!versions.ok) return versions;
  const draft: PlanPreview = {
    id: newId(),
    hash: inputs.value.hash,
    projectKey,
    releases,
    assignment: plan.assignment,
    removals: [],
    createdAt: now.toISOString(),
  };
  const changes = computeChanges(draft, inputs.value.issues, versions.value);
  const preview: PlanPreview = {
    ...draft,
    removals: changes.flatMap((c) => c.remove.map((v) => ({ issueKey: c.issueKey, versionId: v.id }))),
  };
  await storePreview(preview);
  return ok({
    previewId: preview.id,
    hash: preview.hash,
    plan: summarise(plan),
    baseline: summarise(baseline),
    gainPercent:
      baseline.value > 0 ? Math.round(((plan.value - baseline.value) / baseline.value) * 1000) / 10 : 0,
    changes,
    unestimated: inputs.value.unestimated,
    forecast: forecastPlan(
      plan,
      history.value,
      today(() => now.getTime()),
    ),
  });
}

/** The planned releases, in order, forecast from the points completed per week (core's Monte Carlo). */
function forecastPlan(plan: Plan, done: WorkItem[], today: string): PlanPreviewView['forecast'] {
  const throughput = weeklyThroughput(done, { today, unit: 'points' });
  const forecast = forecastReleases(
    plan.releases.map((r) => ({ id: r.id, name: r.name, work: r.cost })),
    { throughput, today },
  );
  return forecast.ok ? forecast : { ok: false, reason: forecast.problems[0]!.message };
}

/**
 * Applies a previewed plan. Refuses a missing preview, a hash that is not the preview's, and a
 * backlog that changed since (recomputed model hash differs). Writes only what differs from
 * Jira now, so applying the same plan twice writes nothing the second time. An issue's previous
 * planned fixVersion is removed only when the preview listed that removal and the request keeps
 * it (`keepRemovals`, the boxes the user left ticked); otherwise the issue keeps it.
 *
 * @example
 * await applyPlan(jira, settings, { previewId: 'p1', hash: 'ab…' }, now);
 */
export async function applyPlan(
  jira: JiraClient,
  settings: Settings,
  request: { previewId: string; hash: string; keepRemovals?: readonly PlannedRemoval[] },
  now: Date,
): Promise<AppResult<{ writes: number; changes: PlanChange[] }>> {
  const preview = await loadPreview(request.previewId);
  if (!preview) return fail({ kind: 'preview_missing' });
  if (preview.hash !== request.hash) return fail({ kind: 'preview_stale', previewId: preview.id });
  const inputs = await readPlanningInputs(jira, settings, preview.projectKey, preview.releases);
  if (!inputs.ok) return inputs;
  if (inputs.value.hash !== preview.hash) return fail({ kind: 'preview_stale', previewId: preview.id });

  let versions = await listVersions(jira, preview.projectKey);
  if (!versions.ok) return versions;
  let writes = 0;
  // Versions first: issue edits need their ids.
  const existing = versions.value;
  const missing = preview.releases.filter((r) => !r.versionId && !existing.some((v) => v.name === r.name));
  if (missing.length > 0) {
    const project = await getProject(jira, preview.projectKey);
    if (!project.ok) return project;
    for (const r of missing) {
      const created = await createVersion(jira, Number(project.value.id), {
        name: r.name,
        ...(r.releaseDate ? { releaseDate: r.releaseDate } : {}),
      });
      if (!created.ok) return created;
      writes++;
    }
    versions = await listVersions(jira, preview.projectKey);
    if (!versions.ok) return versions;
  }
  for (const r of preview.releases) {
    const v = versions.value.find((x) => (r.versionId ? x.id === r.versionId : x.name === r.name));
    if (v && r.releaseDate && v.releaseDate !== r.releaseDate) {
      const updated = await updateVersion(jira, v.id, { name: v.name, releaseDate: r.releaseDate });
      if (!updated.ok) return updated;
      writes++;
    }
  }
  const removalKey = (issueKey: string, versionId: string) => `${issueKey}\u0000${versionId}`;
  const listed = new Set(preview.removals.map((r) => removalKey(r.issueKey, r.versionId)));
  const kept = new Set(
    (request.keepRemovals ?? []).map((r) => removalKey(r.issueKey, r.versionId)).filter((k) => listed.has(k)),
  );
  const changes = computeChanges(preview, inputs.value.issues, versions.value).map((c) => ({
    ...c,
    remove: c.remove.filter((v) => kept.has(removalKey(c.issueKey, v.id))),
  }));
  for (const c of changes) {
    if (!c.add.id) return fail({ kind: 'preview_stale', previewId: preview.id });
    const r = await setPlannedVersion(
      jira,
      c.issueKey,
      c.add.id,
      c.remove.map((v) => v.id),
    );
    if (!r.ok) return r;
    writes++;
  }
  await storePreview({ ...preview, appliedAt: now.toISOString() });
  return ok({ writes, changes });
}
