import type { Backlog } from '@trailmap/core';
import { html } from '@trailmap/core/render';
import type { Context } from 'hono';
import type { AppDeps } from '../app/appDeps';
import { toUserMessage } from '../app/toUserMessage';
import { scheduleSync } from '../jobs/handlers/syncHandler';
import { backlogForScope, type RoadmapScope, type ScopedBacklog } from '../sync/backlogForScope';
import { createSnapshotStore } from '../sync/snapshotStore';
import { loadWorkspaceData, type WorkspaceData } from '../sync/workspaceData';
import { page } from './html';

/** Where a page's data comes from: the demo sample, or a workspace's synced mirror. */
export type PageData =
  | { ok: true; scoped: ScopedBacklog; demo: boolean; data?: WorkspaceData }
  | { ok: false; status: 404 | 503; html: string };

/**
 * Loads the backlog for a page: in demo mode the sample workspace (whole backlog, optionally
 * narrowed to a team or project by name), else the synced mirror of `organizationId`.
 *
 * @example
 * const data = await pageData(deps, 'demo', { kind: 'workspace' });
 */
export async function pageData(
  deps: AppDeps,
  organizationId: string,
  scope: RoadmapScope,
): Promise<PageData> {
  if (organizationId === 'demo') {
    if (!deps.demo)
      return {
        ok: false,
        status: 404,
        html: page('Not found', html`<p>Demo data is served in demo mode only.</p>`),
      };
    try {
      const loaded = await deps.demo.load();
      if (!loaded.ok)
        return {
          ok: false,
          status: 503,
          html: page('Demo unavailable', html`<p>${toUserMessage(loaded.problems)}</p>`),
        };
      return { ok: true, demo: true, scoped: demoScope(loaded.value.backlog, scope) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, status: 503, html: page('Demo unavailable', html`<p>${message}</p>`) };
    }
  }
  const snapshots = createSnapshotStore(deps.store);
  if ((await snapshots.getCursor(organizationId, 'issues')) === undefined) {
    // Never synced (just installed, no webhook yet): start the first sync now.
    await scheduleSync(deps.store, organizationId, deps.now());
    deps.notifyWorker();
    return {
      ok: false,
      status: 503,
      html: page(
        'Reading your workspace',
        html`<p>Trailmap is reading this workspace from Linear for the first time. Reload this page in a minute.</p>`,
      ),
    };
  }
  const data = await loadWorkspaceData(snapshots, organizationId);
  const scoped = backlogForScope(data, scope);
  if (!scoped.ok) {
    return {
      ok: false,
      status: 404,
      html: page('Not found', html`<p>${toUserMessage(scoped.problems)}</p>`),
    };
  }
  return { ok: true, demo: false, scoped: scoped.value, data };
}

function demoScope(backlog: Backlog, scope: RoadmapScope): ScopedBacklog {
  const match = (value: string | undefined, wanted: string) => value?.toLowerCase() === wanted.toLowerCase();
  const items =
    scope.kind === 'team'
      ? backlog.items.filter(
          (i) => match(i.team, scope.key) || i.key.toLowerCase().startsWith(`${scope.key.toLowerCase()}-`),
        )
      : scope.kind === 'project'
        ? backlog.items.filter((i) => match(i.project, scope.id))
        : scope.kind === 'initiative'
          ? backlog.items.filter((i) => match(i.initiative, scope.id))
          : backlog.items;
  const title =
    scope.kind === 'workspace'
      ? 'Demo workspace roadmap'
      : `Demo ${scope.kind} ${'key' in scope ? scope.key : scope.id}`;
  return { backlog: { ...backlog, items }, title, urls: new Map() };
}

/**
 * Sends a `PageData` failure as an HTML page with its status.
 *
 * @example
 * if (!data.ok) return failPage(c, data);
 */
export function failPage(c: Context, data: Extract<PageData, { ok: false }>): Response {
  return c.html(data.html, data.status);
}
