import { kvs } from '@forge/kvs';
import type { Problem } from '@trailmap/core';
import { PRESET_IDS, problemsFromZod, ScorecardSchema } from '@trailmap/core';
import { z } from 'zod';
import { type AppResult, fail, ok } from '../errors/appError';

/** KVS key of the app settings document. */
export const SETTINGS_KEY = 'settings:v1';

const LabelSchema = z.string().min(1).max(255).regex(/^\S+$/, 'Jira labels cannot contain spaces');

/**
 * Feedback auto-labelling settings.
 *
 * @example
 * FeedbackSettingsSchema.parse({ projectKeys: ['SUP'], issueTypes: ['Feedback'], labels: ['bug', 'feature'] });
 */
export const FeedbackSettingsSchema = z.object({
  enabled: z.boolean().default(true),
  /** Projects whose issues count as feedback. */
  projectKeys: z
    .array(z.string().regex(/^[A-Z][A-Z0-9_]+$/, 'use a Jira project key such as SUP'))
    .default([]),
  /** Issue types that count as feedback within those projects. */
  issueTypes: z.array(z.string().min(1)).default(['Feedback']),
  /** The labels the model may add (its classes). */
  labels: z.array(LabelSchema).default([]),
  /** Below this confidence the labeller abstains. */
  threshold: z.number().min(0).max(1).default(0.7),
  /** `suggest` only comments; `apply` adds the labels. */
  mode: z.enum(['suggest', 'apply']).default('suggest'),
  /** Also comment with the predicted labels and their confidence. */
  comment: z.boolean().default(true),
});
export type FeedbackSettings = z.infer<typeof FeedbackSettingsSchema>;

/**
 * Every app setting, stored as one KVS document (well under the 240 KiB value limit).
 *
 * @example
 * SettingsSchema.parse({}); // defaults: RICE everywhere, labelling in suggest mode with no projects
 */
export const SettingsSchema = z
  .object({
    scoring: z
      .object({
        /** Framework for projects without their own: a preset id or a scorecard name. */
        defaultFramework: z.string().min(1).default('rice'),
        /** Per-project framework (project key → preset id or scorecard name). */
        projects: z.record(z.string(), z.string().min(1)).default({}),
        scorecards: z.array(ScorecardSchema).default([]),
      })
      .default({ defaultFramework: 'rice', projects: {}, scorecards: [] }),
    feedback: FeedbackSettingsSchema.default(FeedbackSettingsSchema.parse({})),
  })
  .superRefine((s, ctx) => {
    const known = new Set<string>([...PRESET_IDS, ...s.scoring.scorecards.map((c) => c.name)]);
    const check = (name: string, path: (string | number)[]) => {
      if (!known.has(name.toLowerCase())) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: `unknown framework "${name}"; use one of ${[...known].join(', ')}`,
        });
      }
    };
    check(s.scoring.defaultFramework, ['scoring', 'defaultFramework']);
    for (const [project, name] of Object.entries(s.scoring.projects))
      check(name, ['scoring', 'projects', project]);
    for (const card of s.scoring.scorecards) {
      if ((PRESET_IDS as readonly string[]).includes(card.name)) {
        ctx.addIssue({
          code: 'custom',
          path: ['scoring', 'scorecards'],
          message: `"${card.name}" is a preset id`,
        });
      }
    }
  });
export type Settings = z.infer<typeof SettingsSchema>;

/**
 * The stored settings as the admin page needs them: when the stored document fails validation
 * (hand-edited, or written by another app version) it comes back untouched with its problems,
 * so the page can show them and let the admin fix that document instead of saving defaults
 * over it.
 */
export type StoredSettings =
  | { valid: true; settings: Settings }
  | { valid: false; stored: unknown; problems: Problem[] };

/**
 * Reads the stored settings for editing; a missing document is valid and gives the defaults.
 *
 * @example
 * const s = await readStoredSettings(); if (!s.valid) console.log(s.problems);
 */
export async function readStoredSettings(): Promise<StoredSettings> {
  const raw = await kvs.get<unknown>(SETTINGS_KEY);
  const parsed = SettingsSchema.safeParse(raw ?? {});
  return parsed.success
    ? { valid: true, settings: parsed.data }
    : { valid: false, stored: raw, problems: problemsFromZod(parsed.error.issues, { root: 'settings' }) };
}

/**
 * Reads settings for the triggers and jobs. A stored document that fails validation is left
 * in place (the admin page shows its problems) and the run uses the defaults meanwhile, which
 * label nothing: suggest mode, no feedback projects.
 *
 * @example
 * const s = await loadSettings(); s.scoring.defaultFramework; // => 'rice'
 */
export async function loadSettings(): Promise<Settings> {
  const stored = await readStoredSettings();
  if (stored.valid) return stored.settings;
  console.warn(`stored settings ${SETTINGS_KEY} are not valid; using defaults until an admin fixes them`);
  return SettingsSchema.parse({});
}

/**
 * Validates and stores settings; invalid input is returned as problems and nothing is written.
 *
 * @example
 * await saveSettings({ scoring: { defaultFramework: 'wsjf' } }); // => { ok: true, value: {...} }
 */
export async function saveSettings(input: unknown): Promise<AppResult<Settings>> {
  const parsed = SettingsSchema.safeParse(input);
  if (!parsed.success)
    return fail({
      kind: 'invalid_settings',
      problems: problemsFromZod(parsed.error.issues, { root: 'settings' }),
    });
  await kvs.set(SETTINGS_KEY, parsed.data);
  return ok(parsed.data);
}
