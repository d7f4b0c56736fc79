import { today } from '@trailmap/core/calendar';
import { html } from '@trailmap/core/render';
import type { Context, Hono } from 'hono';
import type { AppDeps } from '../app/appDeps';
import { toUserMessage } from '../app/toUserMessage';
import { createLinearApi } from '../linear/linearApi';
import { DEFAULT_RATE_LIMIT_POLICY } from '../linear/rateLimitGate';
import { applyMoves, cycleTarget, type MoveTarget, milestoneTarget } from '../planning/applyPlan';
import { type CyclePlanInput, cyclePlanInput } from '../planning/cyclePlanModel';
import { milestonePlanInput } from '../planning/milestonePlanModel';
import { type CyclePlan, planCycles } from '../planning/planCycles';
import { loadPreview, markApplied, savePreview } from '../planning/planPreviews';
import { scoreBacklog } from '../reach/scoreBacklog';
import { requirePageAccess } from '../security/requirePageAccess';
import { backlogForScope } from '../sync/backlogForScope';
import { createSnapshotStore, type SnapshotStore } from '../sync/snapshotStore';
import { loadWorkspaceData } from '../sync/workspaceData';
import type { FeatureSettings } from './featureSettings';
import { page } from './html';
import { renderPlanPage } from './renderPlanPage';
import type { SolverSource } from './solverSource';

type Kind = 'team' | 'project';

type Prepared =
  | {
      ok: true;
      title: string;
      input: CyclePlanInput;
      result: CyclePlan;
      target: MoveTarget;
      slotName: (id: string | null) => string;
    }
  | { ok: false; status: 404 | 422; message: string };

/**
 * Planning pages. `GET /plan/:org/team/:key` previews a value-maximising plan of the team's next
 * cycles (capacity from velocity); `GET /plan/:org/project/:id` plans the project's issues into its
 * upcoming milestones (capacity from its teams' delivery rate up to each target date). Both show
 * the greedy baseline and save the preview; `POST …/apply` moves issues (`cycleId` or
 * `projectMilestoneId`), only for a saved preview whose inputs are unchanged, and at most once.
 *
 * @example
 * registerPlanRoutes(app, deps, settings, solvers);
 */
export function registerPlanRoutes(
  app: Hono,
  deps: AppDeps,
  settings: FeatureSettings,
  solvers: SolverSource,
): void {
  const snapshots = createSnapshotStore(deps.store);
  const prepare = (org: string, kind: Kind, id: string) =>
    preparePlan(deps, settings, solvers, snapshots, org, kind, id);
  const guard = requirePageAccess(deps.pageSigner, deps.now);

  for (const kind of ['team', 'project'] as const) {
    app.get(`/plan/:org/${kind}/:id`, guard, async (c) => {
      const org = c.req.param('org');
      const id = c.req.param('id');
      const prepared = await prepare(org, kind, id);
      if (!prepared.ok) return c.html(page('Cannot plan', html`<p>${prepared.message}</p>`), prepared.status);
      const previewId = await savePreview(deps.store, {
        organizationId: org,
        scope: scopeKey(kind, id),
        inputHash: prepared.input.inputHash,
        moves: prepared.result.moves,
        now: deps.now(),
      });
      return c.html(
        renderPlanPage({
          title: prepared.title,
          input: prepared.input,
          result: prepared.result,
          previewId,
          // The apply link is signed on its own, valid for an hour: long enough to review.
          applyAction: deps.pageSigner.signPath(`${c.req.path}/apply`, 3600, deps.now()),
          cycleName: prepared.slotName,
          slots: kind === 'team' ? 'cycles' : 'milestones',
        }),
      );
    });
    app.post(`/plan/:org/${kind}/:id/apply`, guard, (c) => applyRoute(c, deps, kind, prepare, snapshots));
  }
}

function scopeKey(kind: Kind, id: string): string {
  return kind === 'team' ? `team:${id.toUpperCase()}` : `project:${id}`;
}

async function preparePlan(
  deps: AppDeps,
  settings: FeatureSettings,
  solvers: SolverSource,
  snapshots: SnapshotStore,
  org: string,
  kind: Kind,
  id: string,
): Promise<Prepared> {
  const data = await loadWorkspaceData(snapshots, org);
  let input: CyclePlanInput | { error: string };
  let title: string;
  let target: MoveTarget;
  const names = new Map<string, string>();
  if (kind === 'team') {
    const team = data.teams.find((t) => t.key.toLowerCase() === id.toLowerCase());
    if (!team) return { ok: false, status: 404, message: `No team “${id}” has synced yet.` };
    const scoped = backlogForScope(data, { kind: 'team', key: team.key });
    if (!scoped.ok) return { ok: false, status: 422, message: toUserMessage(scoped.problems) };
    const { scores } = scoreBacklog(scoped.value.backlog, settings.scoring);
    const teamCycles = data.cycles.filter((c) => c.team.id === team.id);
    for (const c of teamCycles) names.set(c.id, c.name?.trim() ? c.name : `Cycle ${c.number}`);
    input = cyclePlanInput(scoped.value.backlog, teamCycles, scores, { horizon: settings.planHorizon });
    title = `Cycle plan · ${team.key}`;
    target = cycleTarget(snapshots, org);
  } else {
    const project = data.projects.find((p) => p.id === id || p.slugId === id);
    if (!project) return { ok: false, status: 404, message: `No project “${id}” has synced yet.` };
    const scoped = backlogForScope(data, { kind: 'project', id: project.id });
    if (!scoped.ok) return { ok: false, status: 422, message: toUserMessage(scoped.problems) };
    const { scores } = scoreBacklog(scoped.value.backlog, settings.scoring);
    const cyclesOfTeam = new Map<string, typeof data.cycles>();
    for (const c of data.cycles) cyclesOfTeam.set(c.team.id, [...(cyclesOfTeam.get(c.team.id) ?? []), c]);
    for (const m of project.projectMilestones.nodes) names.set(m.id, m.name);
    input = milestonePlanInput(scoped.value.backlog, project, cyclesOfTeam, scores, {
      today: today(deps.now),
      share: settings.projectCapacityShare,
    });
    title = `Milestone plan · ${project.name}`;
    target = milestoneTarget(names);
  }
  if ('error' in input) return { ok: false, status: 422, message: input.error };
  const planned = await planCycles(input, await solvers.get());
  if (!planned.ok) return { ok: false, status: 422, message: toUserMessage(planned.problems) };
  const slotName = (slot: string | null) =>
    slot ? (names.get(slot) ?? 'another slot') : kind === 'team' ? 'backlog' : 'no milestone';
  return { ok: true, title, input, result: planned.value, target, slotName };
}

async function applyRoute(
  c: Context,
  deps: AppDeps,
  kind: Kind,
  prepare: (org: string, kind: Kind, id: string) => Promise<Prepared>,
  snapshots: SnapshotStore,
): Promise<Response> {
  const org = c.req.param('org') ?? '';
  const id = c.req.param('id') ?? '';
  let form: Record<string, unknown>;
  try {
    form = await c.req.parseBody();
  } catch {
    return c.html(
      page(
        'Bad request',
        html`<p>The apply request must be a form (previewId, inputHash). Open the plan again and apply from there.</p>`,
      ),
      400,
    );
  }
  const previewId = typeof form.previewId === 'string' ? form.previewId : '';
  const inputHash = typeof form.inputHash === 'string' ? form.inputHash : '';
  const preview = await loadPreview(deps.store, org, scopeKey(kind, id), previewId);
  if (!preview)
    return c.html(page('Preview not found', html`<p>Open the plan again and apply from there.</p>`), 404);
  if (preview.appliedAt !== null) {
    return c.html(
      page(
        'Already applied',
        html`<p>This plan was applied already; nothing was changed again (0 updates).</p>`,
      ),
    );
  }
  const current = await prepare(org, kind, id);
  if (!current.ok || current.input.inputHash !== preview.inputHash || inputHash !== preview.inputHash) {
    return c.html(
      page(
        'Plan is out of date',
        html`<p>Issues, estimates, scores or dates changed since this preview. Nothing was applied. Open the plan again to see the new preview.</p>`,
      ),
      409,
    );
  }
  const auth = await deps.linearAuth.getLinearAuth(org);
  if (!auth.ok) return c.html(page('Not connected', html`<p>${toUserMessage(auth.problems)}</p>`), 503);
  const api = createLinearApi({
    ...(auth.value.kind === 'apiKey' ? { apiKey: auth.value.token } : { accessToken: auth.value.token }),
    ...(deps.config.linearApiUrl ? { apiUrl: deps.config.linearApiUrl } : {}),
    // A person is waiting: give up on a hung Linear quickly and say so on the page.
    timeoutMs: 15_000,
    // A person is waiting for this page: never park the request on a long rate-limit pause.
    policy: { ...DEFAULT_RATE_LIMIT_POLICY, maxPauseMs: 10_000 },
  });
  const report = await applyMoves(api, snapshots, org, preview.moves, current.target);
  if (report.failed.length > 0) {
    const items = report.failed.map((f) => html`<li>${f.key}: ${f.error.message}</li>`);
    return c.html(
      page(
        'Partly applied',
        html`<p>${report.mutations - report.failed.length} issue(s) moved; these failed (apply again to retry only them):</p><ul>${items}</ul>`,
      ),
      502,
    );
  }
  await markApplied(deps.store, preview.id, deps.now());
  return c.html(
    page(
      'Plan applied',
      html`<p class="ok">${report.mutations} issue(s) moved in Linear${report.alreadyDone ? `; ${report.alreadyDone} were already in place` : ''}.</p>`,
    ),
  );
}
