import { randomUUID } from 'node:crypto';
import type Resolver from '@forge/resolver';
import { PRESET_IDS } from '@trailmap/core';
import { z } from 'zod';
import { fail, ok } from '../errors/appError';
import { approximateCount } from '../jira/searchIssues';
import { requestCancel, startJob } from '../services/bulkJobs';
import { JobKindSchema, loadJob, recentJobIds } from '../storage/jobs';
import { readStoredSettings, SettingsSchema, saveSettings } from '../storage/settings';
import { resolverClients } from './clients';
import { guard, parsePayload, respond } from './respond';

const ProjectKey = z.string().regex(/^[A-Z][A-Z0-9_]+$/, 'use a Jira project key such as PM');
/** `settings/get` takes no arguments; anything else is a malformed call. */
export const SettingsGetPayload = z.object({}).strict();
/** `settings/save` payload: the whole settings document (validated again by `SettingsSchema`). */
export const SettingsSavePayload = z.object({ settings: z.unknown() });
/** `jobs/start` payload. */
export const JobStartPayload = z.object({ kind: JobKindSchema, projectKey: ProjectKey });
/** `jobs/status` payload: one job, or the recent ones when no id is given. */
export const JobStatusPayload = z.object({ jobId: z.string().min(1).optional() });
/** `jobs/cancel` payload. */
export const JobCancelPayload = z.object({ jobId: z.string().min(1) });

/**
 * Registers the admin page's resolvers: settings and bulk jobs.
 *
 * @example
 * defineAdminResolvers(new Resolver()).getDefinitions();
 */
export function defineAdminResolvers(resolver: Resolver): Resolver {
  resolver.define(
    'settings/get',
    guard('settings/get', async ({ payload }) => {
      const p = parsePayload('settings/get', SettingsGetPayload, payload);
      if (!p.ok) return respond(p);
      // A stored document that fails validation comes back as `invalid` (untouched, with its
      // problems) so the page lets the admin fix it rather than saving defaults over it.
      const stored = await readStoredSettings();
      return respond(
        ok(
          stored.valid
            ? { settings: stored.settings, presets: [...PRESET_IDS] }
            : {
                settings: SettingsSchema.parse({}),
                presets: [...PRESET_IDS],
                invalid: { stored: stored.stored, problems: stored.problems },
              },
        ),
      );
    }),
  );
  resolver.define(
    'settings/save',
    guard('settings/save', async ({ payload }) => {
      const p = parsePayload('settings/save', SettingsSavePayload, payload);
      if (!p.ok) return respond(p);
      return respond(await saveSettings(p.value.settings));
    }),
  );
  resolver.define(
    'jobs/start',
    guard('jobs/start', async ({ payload }) => {
      const p = parsePayload('jobs/start', JobStartPayload, payload);
      if (!p.ok) return respond(p);
      // One count call gives the progress bar its 100 %; a failed count only loses the bar.
      const total = await approximateCount(resolverClients().user, `project = "${p.value.projectKey}"`);
      return respond(
        await startJob(
          p.value.kind,
          p.value.projectKey,
          new Date(),
          randomUUID,
          undefined,
          total.ok ? total.value : undefined,
        ),
      );
    }),
  );
  resolver.define(
    'jobs/status',
    guard('jobs/status', async ({ payload }) => {
      const p = parsePayload('jobs/status', JobStatusPayload, payload);
      if (!p.ok) return respond(p);
      if (p.value.jobId) {
        const job = await loadJob(p.value.jobId);
        return respond(job ? ok([job]) : fail({ kind: 'job_not_found', jobId: p.value.jobId }));
      }
      const jobs = await Promise.all((await recentJobIds()).map(loadJob));
      return respond(ok(jobs.filter((j) => j !== undefined)));
    }),
  );
  resolver.define(
    'jobs/cancel',
    guard('jobs/cancel', async ({ payload }) => {
      const p = parsePayload('jobs/cancel', JobCancelPayload, payload);
      if (!p.ok) return respond(p);
      return respond(await requestCancel(p.value.jobId, new Date()));
    }),
  );
  return resolver;
}
