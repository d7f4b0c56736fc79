import type { Backlog } from '@trailmap/core';
import { renderRoadmapHtml } from '@trailmap/core';
import { today } from '@trailmap/core/calendar';
import { html, type SafeHtml } from '@trailmap/core/render';
import type { Context, Hono } from 'hono';
import type { AppDeps } from '../app/appDeps';
import { cycleForecast } from '../planning/cycleForecast';
import { scoreBacklog } from '../reach/scoreBacklog';
import { requirePageAccess } from '../security/requirePageAccess';
import type { RoadmapScope } from '../sync/backlogForScope';
import type { WorkspaceData } from '../sync/workspaceData';
import type { FeatureSettings } from './featureSettings';
import { page } from './html';
import { parseRoadmapQuery, type RoadmapQuery, withQuery } from './pageQuery';
import { failPage, pageData } from './workspaceSource';

/**
 * Roadmap pages, opened from the link Trailmap adds to a Linear project, initiative or issue:
 * `/roadmap/:org/workspace`, `/roadmap/:org/team/:key`, `/roadmap/:org/project/:id`,
 * `/roadmap/:org/initiative/:id` (signed links), and `/roadmap/demo` in demo mode. Each takes
 * `?view=now-next-later|timeline|both&groupBy=project,team&bucket=week|month|quarter|cycle`.
 *
 * @example
 * registerRoadmapRoutes(app, deps, settings);
 */
export function registerRoadmapRoutes(app: Hono, deps: AppDeps, settings: FeatureSettings): void {
  const serve = async (c: Context, organizationId: string, scope: RoadmapScope): Promise<Response> => {
    const query = parseRoadmapQuery(c.req.query());
    if (!query.ok) return c.html(page('Bad request', html`<p>${query.message}</p>`), 400);
    const data = await pageData(deps, organizationId, scope);
    if (!data.ok) return failPage(c, data);
    const { backlog, title, urls } = data.scoped;
    const { scores } = scoreBacklog(backlog, settings.scoring);
    const forecasts =
      scope.kind === 'team' && data.data
        ? teamForecast(data.data, scope.key, backlog, scores, settings)
        : undefined;
    // Items carry the cycle id (the planner needs it); the page shows the cycle's name.
    const releaseNames = new Map(backlog.releases.map((r) => [r.id, r.name]));
    const items = backlog.items.map((i) =>
      i.release ? { ...i, release: releaseNames.get(i.release) ?? i.release } : i,
    );
    const document = renderRoadmapHtml({
      items,
      releases: backlog.releases,
      today: today(deps.now),
      scores,
      forecasts,
      view: query.value.view,
      groupBy: query.value.groupBy.length > 0 ? query.value.groupBy : undefined,
      bucket: query.value.bucket,
      title,
      banner: data.demo ? 'Demo data' : undefined,
      itemUrl: (item) => urls.get(item.key),
      nav: viewSwitcher(c.req.path, c.req.query(), query.value),
    });
    return c.html(document);
  };

  if (deps.demo) {
    app.get('/roadmap/demo', (c) => serve(c, 'demo', { kind: 'workspace' }));
    app.get('/roadmap/demo/team/:key', (c) => serve(c, 'demo', { kind: 'team', key: c.req.param('key') }));
  }
  const guard = requirePageAccess(deps.pageSigner, deps.now);
  app.get('/roadmap/:org/workspace', guard, (c) => serve(c, c.req.param('org'), { kind: 'workspace' }));
  app.get('/roadmap/:org/team/:key', guard, (c) =>
    serve(c, c.req.param('org'), { kind: 'team', key: c.req.param('key') }),
  );
  app.get('/roadmap/:org/project/:id', guard, (c) =>
    serve(c, c.req.param('org'), { kind: 'project', id: c.req.param('id') }),
  );
  app.get('/roadmap/:org/initiative/:id', guard, (c) =>
    serve(c, c.req.param('org'), { kind: 'initiative', id: c.req.param('id') }),
  );
}

const VIEWS: [RoadmapQuery['view'], string][] = [
  ['both', 'Board + timeline'],
  ['now-next-later', 'Now / Next / Later'],
  ['timeline', 'Timeline'],
];
const BUCKETS: RoadmapQuery['bucket'][] = ['week', 'month', 'quarter', 'cycle'];

/**
 * A row of plain links (no script) to switch view and time bucket, keeping the signed query
 * (`exp`, `sig`) so the links stay valid. The roadmap page puts it above its title.
 */
function viewSwitcher(path: string, current: Record<string, string>, query: RoadmapQuery): SafeHtml {
  const link = (label: string, change: Record<string, string>, active: boolean) =>
    active
      ? html`<b style="padding:2px 6px">${label}</b>`
      : html`<a style="padding:2px 6px" href="${withQuery(path, current, change)}">${label}</a>`;
  const views = VIEWS.map(([v, label]) => link(label, { view: v }, v === query.view));
  const buckets = BUCKETS.map((b) => link(b, { bucket: b }, b === query.bucket));
  return html`<nav aria-label="Roadmap view" style="display:flex;flex-wrap:wrap;gap:2px 8px;font-size:13px;margin:0 0 8px">${views}<span style="color:#59636e">|</span>${buckets}</nav>`;
}

/** Forecast cycles for a team's unscheduled issues (velocity-based heuristic plan). */
function teamForecast(
  data: WorkspaceData,
  key: string,
  backlog: Backlog,
  scores: ReadonlyMap<string, number>,
  settings: FeatureSettings,
) {
  const team = data.teams.find((t) => t.key.toLowerCase() === key.toLowerCase());
  if (!team) return undefined;
  return cycleForecast(
    backlog,
    data.cycles.filter((c) => c.team.id === team.id),
    scores,
    settings.planHorizon,
  );
}
