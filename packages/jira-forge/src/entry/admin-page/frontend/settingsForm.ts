import type { Settings } from '../../../storage/settings';

/** The admin form as text fields: what people type, before validation. */
export interface SettingsForm {
  defaultFramework: string;
  /** `PM=wsjf, SUP=rice` */
  projectFrameworks: string;
  /** Custom scorecards as JSON (an array of ScorecardSchema objects). */
  scorecardsJson: string;
  feedbackProjects: string;
  feedbackIssueTypes: string;
  feedbackLabels: string;
  threshold: string;
  mode: 'suggest' | 'apply';
  comment: boolean;
  /** Not shown on the form: carried from the loaded settings so a save keeps it (absent = on). */
  feedbackEnabled?: boolean;
}

const list = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * Settings → form fields.
 *
 * @example
 * formFromSettings(SettingsSchema.parse({})).defaultFramework; // => 'rice'
 */
export function formFromSettings(s: Settings): SettingsForm {
  return {
    defaultFramework: s.scoring.defaultFramework,
    projectFrameworks: Object.entries(s.scoring.projects)
      .map(([k, v]) => `${k}=${v}`)
      .join(', '),
    scorecardsJson: JSON.stringify(s.scoring.scorecards, null, 2),
    feedbackProjects: s.feedback.projectKeys.join(', '),
    feedbackIssueTypes: s.feedback.issueTypes.join(', '),
    feedbackLabels: s.feedback.labels.join(', '),
    threshold: String(s.feedback.threshold),
    mode: s.feedback.mode,
    comment: s.feedback.comment,
    feedbackEnabled: s.feedback.enabled,
  };
}

/**
 * Form fields → the `settings/save` payload. Only syntax is handled here (JSON, lists, numbers);
 * the resolver validates meaning with zod and answers with field-level messages.
 *
 * @example
 * settingsFromForm(form); // => { ok: true, value: { scoring: {...}, feedback: {...} } }
 */
export function settingsFromForm(
  f: SettingsForm,
): { ok: true; value: unknown } | { ok: false; message: string } {
  let scorecards: unknown;
  try {
    scorecards = f.scorecardsJson.trim() === '' ? [] : JSON.parse(f.scorecardsJson);
  } catch {
    return { ok: false, message: 'Custom scorecards must be valid JSON (an array of scorecards).' };
  }
  const projects: Record<string, string> = {};
  for (const pair of list(f.projectFrameworks)) {
    const [key, framework] = pair.split('=').map((x) => x.trim());
    if (!key || !framework) return { ok: false, message: `"${pair}" should look like PM=wsjf.` };
    projects[key.toUpperCase()] = framework.toLowerCase();
  }
  return {
    ok: true,
    value: {
      scoring: { defaultFramework: f.defaultFramework, projects, scorecards },
      feedback: {
        enabled: f.feedbackEnabled ?? true,
        projectKeys: list(f.feedbackProjects).map((k) => k.toUpperCase()),
        issueTypes: list(f.feedbackIssueTypes),
        labels: list(f.feedbackLabels),
        threshold: Number(f.threshold),
        mode: f.mode,
        comment: f.comment,
      },
    },
  };
}
