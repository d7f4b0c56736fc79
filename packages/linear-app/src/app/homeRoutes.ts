import { html } from '@trailmap/core';
import type { Hono } from 'hono';
import { renderDemoPage, renderDemoUnavailable } from '../demo/demoPage';
import type { AppDeps } from './appDeps';
import { problemResponse } from './problemResponse';
import { toUserMessage } from './toUserMessage';

/**
 * `GET /` and the demo fallback `GET /demo`. The root page says what this instance is and links
 * only to routes that exist in its mode: the install link in OAuth mode; in API-key mode the
 * workspace is already connected and pages are opened from the links Trailmap puts in Linear.
 *
 * @example
 * registerHomeRoutes(app, deps);
 */
export function registerHomeRoutes(app: Hono, deps: AppDeps): void {
  app.get('/', (c) => {
    if (deps.config.mode === 'demo') {
      const featureRoadmap = app.routes.some((r) => r.method === 'GET' && r.path === '/roadmap/demo');
      return c.redirect(featureRoadmap ? '/roadmap/demo' : '/demo', 302);
    }
    const body =
      deps.config.mode === 'oauth'
        ? html`<p><a href="/oauth/install">Install in a Linear workspace</a></p>`
        : html`<p>Connected to one Linear workspace with an API key. Open roadmaps, scores and plans from the
            “Roadmap timeline” and “Trailmap score” links on projects, initiatives and issues in Linear.</p>
            <p>Instance health: <a href="/healthz">/healthz</a></p>`;
    return c.html(
      html`<!doctype html><meta charset="utf-8"><title>Trailmap</title><h1>Trailmap for Linear</h1>${body}`.toString(),
    );
  });
  app.get('/demo', async (c) => {
    if (!deps.demo)
      return problemResponse(c, 404, 'not_found', 'the demo workspace is only served in demo mode');
    try {
      const loaded = await deps.demo.load();
      if (!loaded.ok) return c.html(renderDemoUnavailable(toUserMessage(loaded.problems)), 503);
      return c.html(renderDemoPage(loaded.value.backlog, loaded.value.source));
    } catch (error) {
      return c.html(renderDemoUnavailable(error instanceof Error ? error.message : String(error)), 503);
    }
  });
}
