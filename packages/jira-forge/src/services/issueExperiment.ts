import {
  type AnalysisJson,
  analyseExperiments,
  analysisJson,
  type ExperimentAnalysis,
  experimentVerdict,
  type Problem,
  parseExperimentAnalysis,
} from '@trailmap/core';
import { experimentAnalysesFromCsv, type InputProblem } from '@trailmap/trackers';
import { type AppResult, ok } from '../errors/appError';
import { getIssueProperty, setIssueProperty } from '../jira/issueOperations';
import type { Clients } from './issueScore';

/** The issue property holding the pasted experiment result. */
export const EXPERIMENT_PROPERTY_KEY = 'trailmap.experiment';

/** What the panel's "Experiment" section shows. */
export interface IssueExperimentView {
  issueKey: string;
  /** The result as pasted (JSON or CSV), so it can be edited. */
  text: string;
  savedAt: string | undefined;
  /** Verdict lines: the SRM warning first, one sentence per treatment, then problems. */
  verdict: string[];
  results: AnalysisJson[];
}

interface StoredExperiment {
  text: string;
  savedAt: string;
}

function invalid(problems: (Problem | InputProblem)[]): AppResult<never> {
  return { ok: false, error: { kind: 'invalid_payload', resolver: 'experiment/save', problems } };
}

/**
 * Parses a pasted result: JSON (one analysis or a list, the `trailmap experiment analyze`
 * format) or CSV (one row per variant), through core's schema.
 *
 * @example
 * parsePastedExperiment('name,users,conversions\ncontrol,1000,100\nB,1000,120\n'); // => { ok: true, value: [analysis] }
 */
export function parsePastedExperiment(text: string): AppResult<ExperimentAnalysis[]> {
  const trimmed = text.trim();
  if (trimmed === '')
    return invalid([{ field: 'text', code: 'missing', message: 'Paste a result as JSON or CSV first.' }]);
  let raw: unknown;
  if (/^[[{]/.test(trimmed)) {
    try {
      raw = JSON.parse(trimmed);
    } catch (error) {
      return invalid([
        {
          field: 'text',
          code: 'invalid',
          message: `The result is not valid JSON (${error instanceof Error ? error.message : String(error)}).`,
        },
      ]);
    }
  } else {
    const csv = experimentAnalysesFromCsv(trimmed, 'pasted CSV');
    if (!csv.ok) return invalid(csv.problems);
    raw = csv.value;
  }
  const list = Array.isArray(raw) ? raw : [raw];
  const analyses: ExperimentAnalysis[] = [];
  for (const [i, item] of list.entries()) {
    const parsed = parseExperimentAnalysis(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const path = [list.length > 1 ? `[${i}]` : '', ...issue.path.map(String)].filter(Boolean).join('.');
      return invalid([
        { field: path || 'text', code: 'invalid', message: `${path ? `${path}: ` : ''}${issue.message}` },
      ]);
    }
    analyses.push(parsed.data);
  }
  return ok(analyses);
}

function view(issueKey: string, stored: StoredExperiment | undefined): IssueExperimentView {
  if (!stored) return { issueKey, text: '', savedAt: undefined, verdict: [], results: [] };
  const parsed = parsePastedExperiment(stored.text);
  if (!parsed.ok) return { issueKey, text: stored.text, savedAt: stored.savedAt, verdict: [], results: [] };
  const results = analyseExperiments(parsed.value);
  return {
    issueKey,
    text: stored.text,
    savedAt: stored.savedAt,
    verdict: parsed.value.flatMap((a, i) => experimentVerdict(a, results[i]!)),
    results: results.map(analysisJson),
  };
}

function asStored(value: unknown): StoredExperiment | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Partial<StoredExperiment>;
  return typeof v.text === 'string'
    ? { text: v.text, savedAt: typeof v.savedAt === 'string' ? v.savedAt : '' }
    : undefined;
}

/**
 * `experiment/get`: the issue's stored experiment result with its verdict.
 *
 * @example
 * await loadIssueExperiment(clients, 'PM-1'); // => { ok: true, value: { verdict: ['B beats control …'], … } }
 */
export async function loadIssueExperiment(
  clients: Clients,
  issueKey: string,
): Promise<AppResult<IssueExperimentView>> {
  const r = await getIssueProperty(clients.user, issueKey, EXPERIMENT_PROPERTY_KEY);
  if (!r.ok) return r;
  return ok(view(issueKey, asStored(r.value)));
}

/**
 * `experiment/save`: validates the pasted result, stores it in the issue property (as the user,
 * so Jira checks their edit permission) and returns the verdict. Bad input is refused with the
 * field and what to fix; nothing is stored then.
 *
 * @example
 * await saveIssueExperiment(clients, 'PM-1', json, new Date());
 */
export async function saveIssueExperiment(
  clients: Clients,
  issueKey: string,
  text: string,
  now: Date,
): Promise<AppResult<IssueExperimentView>> {
  const parsed = parsePastedExperiment(text);
  if (!parsed.ok) return parsed;
  const stored: StoredExperiment = { text, savedAt: now.toISOString() };
  const w = await setIssueProperty(clients.user, issueKey, EXPERIMENT_PROPERTY_KEY, stored);
  if (!w.ok) return w;
  return ok(view(issueKey, stored));
}
