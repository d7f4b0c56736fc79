import {
  analyseExperiments,
  analysisJson,
  buildOutcomes,
  type ExperimentAnalysis,
  ExperimentRecordSchema,
  experimentReportHtml,
  outcomesHtml,
  parseExperimentAnalysis,
} from '@trailmap/core';
import type { Hono } from 'hono';
import type { AppDeps } from '../app/appDeps';
import { problemResponse } from '../app/problemResponse';
import { requireAdmin } from '../health/adminJobsRoutes';
import { scheduleExperimentLink } from '../jobs/handlers/experimentLinkHandler';
import { failPage, pageData } from '../routes/workspaceSource';
import { requirePageAccess } from '../security/requirePageAccess';
import {
  issueExperimentToken,
  saveExperiment,
  workspaceExperiments,
  workspaceForToken,
} from './experimentStore';

/** How long the experiment page links returned by the API stay valid. */
const PAGE_LINK_TTL_SECONDS = 30 * 24 * 3600;

/**
 * Experiments for Linear:
 * - `POST /admin/experiments/:org/token` (admin token) issues the workspace's experiment API token;
 * - `POST /api/experiments` (Bearer workspace token) stores an experiment record linked to issues
 *   (identifiers like `ENG-12` or ids) and answers the analysis plus each issue's signed page;
 * - `GET /experiments/:org/issue/:id` (signed) shows the experiments of one issue with verdicts
 *   and the lift chart;
 * - `GET /outcomes/:org` (signed) is the outcomes view of the workspace.
 *
 * @example
 * registerExperimentRoutes(app, deps);
 */
export function registerExperimentRoutes(app: Hono, deps: AppDeps): void {
  app.post('/admin/experiments/:org/token', requireAdmin(deps), async (c) => {
    const org = c.req.param('org');
    const token = await issueExperimentToken(deps.store, org, deps.now());
    return c.json({ organizationId: org, token }, 201);
  });

  app.post('/api/experiments', async (c) => {
    const match = /^Bearer +(\S+)$/i.exec(c.req.header('authorization')?.trim() ?? '');
    const org = match ? await workspaceForToken(deps.store, match[1]!) : undefined;
    if (!org)
      return problemResponse(
        c,
        401,
        'unauthorized',
        'a workspace experiment token is required (Authorization: Bearer tmx_…)',
      );
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return problemResponse(c, 400, 'invalid_json', 'the body must be an experiment record as JSON');
    }
    const parsed = ExperimentRecordSchema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return problemResponse(
        c,
        400,
        'invalid_record',
        `${issue.path.join('.') || 'record'}: ${issue.message}`,
      );
    }
    const analyses: ExperimentAnalysis[] = [];
    for (const [i, m] of parsed.data.metrics.entries()) {
      const a = parseExperimentAnalysis(m);
      if (!a.success) {
        const issue = a.error.issues[0]!;
        return problemResponse(
          c,
          400,
          'invalid_record',
          `metrics[${i}]${issue.path.length ? `.${issue.path.join('.')}` : ''}: ${issue.message}`,
        );
      }
      analyses.push(a.data);
    }
    await saveExperiment(deps.store, org, parsed.data, deps.now());
    for (const idea of parsed.data.ideas) await scheduleExperimentLink(deps.store, org, idea, deps.now());
    if (parsed.data.ideas.length) deps.notifyWorker();
    const base = deps.config.publicUrl;
    const pages = Object.fromEntries(
      parsed.data.ideas.map((idea) => [
        idea,
        `${base}${deps.pageSigner.signPath(`/experiments/${org}/issue/${encodeURIComponent(idea)}`, PAGE_LINK_TTL_SECONDS, deps.now())}`,
      ]),
    );
    return c.json(
      { id: parsed.data.id, results: analyseExperiments(analyses).map(analysisJson), pages },
      201,
    );
  });

  const guard = requirePageAccess(deps.pageSigner, deps.now);
  app.get('/experiments/:org/issue/:id', guard, async (c) => {
    const org = c.req.param('org');
    const id = decodeURIComponent(c.req.param('id')).toLowerCase();
    const records = (await workspaceExperiments(deps.store, org)).filter((r) =>
      r.ideas.some((i) => i.toLowerCase() === id),
    );
    const entries = records.flatMap((r) => {
      const analyses = r.metrics.flatMap((m) => {
        const a = parseExperimentAnalysis(m);
        return a.success ? [a.data] : [];
      });
      const results = analyseExperiments(analyses);
      return analyses.map((analysis, i) => ({ analysis, result: results[i]! }));
    });
    if (entries.length === 0)
      return problemResponse(c, 404, 'not_found', `no experiment is linked to ${c.req.param('id')} yet`);
    return c.html(experimentReportHtml(entries, c.req.param('id')));
  });

  app.get('/outcomes/:org', guard, async (c) => {
    const org = c.req.param('org');
    const data = await pageData(deps, org, { kind: 'workspace' });
    if (!data.ok) return failPage(c, data);
    const view = buildOutcomes(data.scoped.backlog.items, await workspaceExperiments(deps.store, org));
    return c.html(outcomesHtml(view, 'workspace'));
  });
}
