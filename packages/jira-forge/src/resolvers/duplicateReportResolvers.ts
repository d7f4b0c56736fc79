import type Resolver from '@forge/resolver';
import { z } from 'zod';
import { type AppResult, ok } from '../errors/appError';
import type { JiraClient } from '../jira/jiraClient';
import { projectDuplicates } from '../services/projectDuplicates';
import { type DuplicateReport, loadDuplicateReport } from '../storage/duplicateReports';
import { resolverClients } from './clients';
import { guard, parsePayload, respond } from './respond';

/** `duplicates/report` payload. */
export const DuplicateReportPayload = z.object({
  projectKey: z.string().regex(/^[A-Z][A-Z0-9_]+$/, 'use a Jira project key such as PM'),
});

/**
 * The project's duplicate report as the trigger uses it: the app's mirror is brought up to date
 * (refitting when the known duplicates changed), then the stored report is returned. Only
 * thresholds and counts leave the resolver, no issue content, so reading as the app shows the
 * viewer nothing they could not otherwise see.
 *
 * @example
 * await duplicateReport(app, 'SUP', Date.now()); // => { ok: true, value: { source: 'learnt', linkPrecision: 0.97, ... } }
 */
export async function duplicateReport(
  app: JiraClient,
  projectKey: string,
  now: number,
): Promise<AppResult<DuplicateReport | null>> {
  const synced = await projectDuplicates(app, projectKey, { scope: 'app', incremental: true, now });
  if (!synced.ok) return synced;
  return ok((await loadDuplicateReport(projectKey)) ?? null);
}

/**
 * Registers `duplicates/report` (the project page's "Duplicates" tab): per-project precision
 * and recall of duplicate detection, and whether its thresholds were learnt or are the defaults.
 *
 * @example
 * defineDuplicateReportResolvers(new Resolver()).getDefinitions();
 */
export function defineDuplicateReportResolvers(resolver: Resolver): Resolver {
  resolver.define(
    'duplicates/report',
    guard('duplicates/report', async ({ payload }) => {
      const p = parsePayload('duplicates/report', DuplicateReportPayload, payload);
      if (!p.ok) return respond(p);
      return respond(await duplicateReport(resolverClients().app, p.value.projectKey, Date.now()));
    }),
  );
  return resolver;
}
