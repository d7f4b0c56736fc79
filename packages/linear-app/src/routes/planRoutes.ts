import type { Context, Hono } from 'hono';
import { createLinearApi } from '../linear/linearApi.ts';
import { applyMoves } from '../planning/applyPlan.ts';
import { type CyclePlanInput, cyclePlanInput } from '../planning/cyclePlanModel.ts';
import { type CyclePlan, planCycles } from '../planning/planCycles.ts';
import { loadPreview, markApplied, savePreview } from '../planning/planPreviews.ts';
import { scoreBacklog } from '../reach/scoreBacklog.ts';
import { requirePageAccess } from '../security/requirePageAccess.ts';
import type { AppDeps } from '../server.ts';
import { backlogForScope } from '../sync/backlogForScope.ts';
import { createSnapshotStore } from '../sync/snapshotStore.ts';
import { loadWorkspaceData } from '../sync/workspaceData.ts';
import type { FeatureSettings } from './featureSettings.ts';
import { esc, page } from './html.ts';
import { renderPlanPage } from './renderPlanPage.ts';
import type { SolverSource } from './solverSource.ts';

type Prepared =
  | { ok: true; input: CyclePlanInput; result: CyclePlan; cycleName: (id: string | null) => string }
  | { ok: false; status: 404 | 422; message: string };

/**
 * Cycle planning for a team: `GET /plan/:org/team/:key` previews a value-maximising plan of the
 * upcoming cycles (capacity from velocity) beside the greedy baseline and saves it;
 * `POST /plan/:org/team/:key/apply` moves issues into cycles, only for a saved preview whose
 * inputs are unchanged, and at most once.
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
  const prepare = async (org: string, key: string): Promise<Prepared> => {
    const data = await loadWorkspaceData(snapshots, org);
    const team = data.teams.find((t) => t.key.toLowerCase() === key.toLowerCase());
    if (!team) return { ok: false, status: 404, message: `No team “${key}” has synced yet.` };
    const scoped = backlogForScope(data, { kind: 'team', key: team.key });
    if (!scoped.ok) return { ok: false, status: 422, message: scoped.problems[0].message };
    const { scores } = scoreBacklog(scoped.value.backlog, settings.scoring);
    const teamCycles = data.cycles.filter((c) => c.team.id === team.id);
    const input = cyclePlanInput(scoped.value.backlog, teamCycles, scores, { horizon: settings.planHorizon });
    if ('error' in input) return { ok: false, status: 422, message: input.error };
    const planned = await planCycles(input, await solvers.get());
    if (!planned.ok)
      return { ok: false, status: 422, message: planned.problems.map((p) => p.message).join(' ') };
    const names = new Map(teamCycles.map((c) => [c.id, c.name?.trim() ? c.name : `Cycle ${c.number}`]));
    return {
      ok: true,
      input,
      result: planned.value,
      cycleName: (id) => (id ? (names.get(id) ?? 'a cycle') : 'backlog'),
    };
  };
  const guard = requirePageAccess(deps.pageSigner, deps.now);

  app.get('/plan/:org/team/:key', guard, async (c) => {
    const org = c.req.param('org');
    const key = c.req.param('key');
    const prepared = await prepare(org, key);
    if (!prepared.ok) return c.html(page('Cannot plan', `<p>${esc(prepared.message)}</p>`), prepared.status);
    const previewId = await savePreview(deps.store, {
      organizationId: org,
      scope: `team:${key.toUpperCase()}`,
      inputHash: prepared.input.inputHash,
      moves: prepared.result.moves,
      now: deps.now(),
    });
    return c.html(
      renderPlanPage({
        title: `Cycle plan · ${key.toUpperCase()}`,
        input: prepared.input,
        result: prepared.result,
        previewId,
        // The apply link is signed on its own, valid for an hour: long enough to review.
        applyAction: deps.pageSigner.signPath(`${c.req.path}/apply`, 3600, deps.now()),
        cycleName: prepared.cycleName,
      }),
    );
  });

  app.post('/plan/:org/team/:key/apply', guard, async (c) => applyRoute(c, deps, prepare, snapshots));
}

async function applyRoute(
  c: Context,
  deps: AppDeps,
  prepare: (org: string, key: string) => Promise<Prepared>,
  snapshots: ReturnType<typeof createSnapshotStore>,
): Promise<Response> {
  const org = c.req.param('org') ?? '';
  const key = c.req.param('key') ?? '';
  const form = await c.req.parseBody();
  const previewId = typeof form.previewId === 'string' ? form.previewId : '';
  const inputHash = typeof form.inputHash === 'string' ? form.inputHash : '';
  const preview = await loadPreview(deps.store, org, `team:${key.toUpperCase()}`, previewId);
  if (!preview)
    return c.html(page('Preview not found', '<p>Open the plan again and apply from there.</p>'), 404);
  if (preview.appliedAt !== null) {
    return c.html(
      page('Already applied', '<p>This plan was applied already; nothing was changed again (0 updates).</p>'),
    );
  }
  const current = await prepare(org, key);
  if (!current.ok || current.input.inputHash !== preview.inputHash || inputHash !== preview.inputHash) {
    return c.html(
      page(
        'Plan is out of date',
        '<p>Issues, estimates, scores or cycles changed since this preview. Nothing was applied. Open the plan again to see the new preview.</p>',
      ),
      409,
    );
  }
  const auth = await deps.linearAuth.getLinearAuth(org);
  if (!auth.ok) return c.html(page('Not connected', `<p>${esc(auth.problems[0].message)}</p>`), 503);
  const api = createLinearApi(
    auth.value.kind === 'apiKey' ? { apiKey: auth.value.token } : { accessToken: auth.value.token },
  );
  const report = await applyMoves(api, snapshots, org, preview.moves);
  if (report.failed.length > 0) {
    const items = report.failed.map((f) => `<li>${esc(f.key)}: ${esc(f.error.message)}</li>`).join('');
    return c.html(
      page(
        'Partly applied',
        `<p>${report.mutations - report.failed.length} issue(s) moved; these failed (apply again to retry only them):</p><ul>${items}</ul>`,
      ),
      502,
    );
  }
  await markApplied(deps.store, preview.id, deps.now());
  return c.html(
    page(
      'Plan applied',
      `<p class="ok">${report.mutations} issue(s) moved in Linear${report.alreadyDone ? `; ${report.alreadyDone} were already in place` : ''}.</p>`,
    ),
  );
}
