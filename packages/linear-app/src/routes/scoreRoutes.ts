import { html } from '@trailmap/core/render';
import type { Context, Hono } from 'hono';
import type { AppDeps } from '../app/appDeps';
import { scoreWithDemand } from '../reach/scoreWithDemand';
import { requirePageAccess } from '../security/requirePageAccess';
import type { RoadmapScope } from '../sync/backlogForScope';
import { createSnapshotStore } from '../sync/snapshotStore';
import { loadWorkspaceData } from '../sync/workspaceData';
import type { FeatureSettings } from './featureSettings';
import { page } from './html';
import { renderScorePage } from './renderScorePage';
import { failPage, pageData } from './workspaceSource';

/**
 * Score pages: `/score/:org/issue/:id` (id or identifier) and `/score/:org/project/:id`, signed;
 * `/score/demo/issue/:key` in demo mode. Reach comes from the Linear customers who asked.
 *
 * @example
 * registerScoreRoutes(app, deps, settings);
 */
export function registerScoreRoutes(app: Hono, deps: AppDeps, settings: FeatureSettings): void {
  const serve = async (c: Context, org: string, kind: 'issue' | 'project', id: string) => {
    let scope: RoadmapScope = { kind: 'workspace' };
    if (kind === 'issue' && org !== 'demo') {
      const data = await loadWorkspaceData(createSnapshotStore(deps.store), org);
      const issue = data.issues.find((i) => i.id === id || i.identifier.toLowerCase() === id.toLowerCase());
      if (!issue) return c.html(page('Not found', html`<p>No issue “${id}” has synced yet.</p>`), 404);
      scope = { kind: 'team', key: issue.team.key };
    }
    const data = await pageData(deps, org, scope);
    if (!data.ok) return failPage(c, data);
    const { backlog, urls } = data.scoped;
    const lower = id.toLowerCase();
    const item = backlog.items.find((i) => i.id === id || i.key.toLowerCase() === lower);
    if (!item) return c.html(page('Not found', html`<p>No ${kind} “${id}” in this workspace.</p>`), 404);
    const scored = scoreWithDemand(item, backlog, settings.scoring);
    const linearUrl = urls.get(item.key);
    return c.html(
      renderScorePage(scored, {
        ...(linearUrl ? { linearUrl } : {}),
        ...(data.demo ? { banner: 'Demo data' } : {}),
      }),
    );
  };
  if (deps.demo) app.get('/score/demo/issue/:id', (c) => serve(c, 'demo', 'issue', c.req.param('id')));
  const guard = requirePageAccess(deps.pageSigner, deps.now);
  app.get('/score/:org/issue/:id', guard, (c) => serve(c, c.req.param('org'), 'issue', c.req.param('id')));
  app.get('/score/:org/project/:id', guard, (c) =>
    serve(c, c.req.param('org'), 'project', c.req.param('id')),
  );
}
