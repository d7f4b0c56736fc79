import { z } from 'zod';
import type { Problem, Result } from '../model/problem';
import { labelKey } from './labelNames';
import type { LabelPrediction, TicketText } from './predictLabels';

/**
 * A rule a team configures: when the ticket matches, force the label on or block it. Rules win
 * over the model. Keywords match whole words, case-insensitively; `pattern` is a JavaScript
 * regular expression (case-insensitive unless `flags` says otherwise).
 *
 * @example
 * const rule: TeamRule = { id: 'billing', label: 'billing', action: 'force', keywords: ['invoice', 'refund'] };
 */
export interface TeamRule {
  /** Recorded in the audit trail of labels this rule applies. Defaults to `<action>:<label>`. */
  id?: string;
  label: string;
  action: 'force' | 'block';
  keywords?: readonly string[];
  pattern?: string;
  flags?: string;
  /** Where to look. Default `any` (title and body). */
  field?: 'title' | 'body' | 'any';
}

/**
 * The schema of a team rule as stored in configuration (a JSON file, app storage).
 *
 * @example
 * z.array(TeamRuleSchema).safeParse(JSON.parse(text));
 */
export const TeamRuleSchema = z.object({
  id: z.string().optional(),
  label: z.string(),
  action: z.enum(['force', 'block']),
  keywords: z.array(z.string()).optional(),
  pattern: z.string().optional(),
  flags: z.string().optional(),
  field: z.enum(['title', 'body', 'any']).optional(),
});

/** Rules checked and compiled once, ready to apply to many tickets. */
export interface CompiledRules {
  rules: {
    id: string;
    label: string;
    action: 'force' | 'block';
    field: 'title' | 'body' | 'any';
    test: RegExp;
  }[];
}

/** A label proposed for a ticket: by the model, or forced by a team rule. */
export interface LabelSuggestion {
  label: string;
  /** Calibrated confidence; 1 for a rule. */
  confidence: number;
  /** The model version that produced it (the rule id's model is recorded too, for the audit trail). */
  modelVersion: string;
  source: 'model' | 'rule';
  /** The rule that forced it, when `source` is `rule`. */
  ruleId?: string;
}

/**
 * Validates and compiles team rules. Each bad rule (no label, nothing to match, a regular
 * expression that does not compile) is a problem naming the rule's index.
 *
 * @example
 * compileRules([{ label: 'bug', action: 'force', pattern: '(' }]).ok; // => false
 */
export function compileRules(rules: readonly TeamRule[]): Result<CompiledRules> {
  const problems: Problem[] = [];
  const out: CompiledRules['rules'] = [];
  rules.forEach((rule, i) => {
    const field = `rules[${i}]`;
    if (!rule.label.trim())
      problems.push({ field: `${field}.label`, code: 'missing', message: `rule ${i + 1} has no label` });
    const parts: string[] = [];
    const words = (rule.keywords ?? []).map((k) => k.trim()).filter(Boolean);
    if (words.length > 0)
      parts.push(`(?<![\\p{L}\\p{N}_])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`);
    if (rule.pattern) {
      try {
        new RegExp(rule.pattern, 'u');
        parts.push(`(?:${rule.pattern})`);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        problems.push({ field: `${field}.pattern`, code: 'invalid', message: `rule ${i + 1}: ${detail}` });
        return;
      }
    }
    if (parts.length === 0) {
      problems.push({
        field,
        code: 'missing',
        message: `rule ${i + 1} ("${rule.label}") has neither keywords nor a pattern`,
      });
      return;
    }
    const flags = `${(rule.flags ?? 'i').replace(/[gyu]/g, '')}u`;
    let test: RegExp;
    try {
      test = new RegExp(parts.join('|'), flags);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      problems.push({ field: `${field}.flags`, code: 'invalid', message: `rule ${i + 1}: ${detail}` });
      return;
    }
    out.push({
      id: rule.id ?? `${rule.action}:${rule.label}`,
      label: rule.label,
      action: rule.action,
      field: rule.field ?? 'any',
      test,
    });
  });
  const [first, ...rest] = problems;
  return first ? { ok: false, problems: [first, ...rest] } : { ok: true, value: { rules: out } };
}

/**
 * Applies team rules to a prediction: blocked labels disappear, forced labels are added with
 * confidence 1 (for a single-label model a forced label replaces the model's choice). The
 * result lists what to apply; if the model was only suggesting, its own labels are still
 * marked as model suggestions and `mergeLabels` holds them back.
 *
 * @example
 * const r = compileRules([{ label: 'billing', action: 'force', keywords: ['invoice'] }]);
 * if (r.ok) applyRules(prediction, { title: 'Invoice is wrong' }, r.value); // => [{ label: 'billing', source: 'rule', … }, …]
 */
export function applyRules(
  prediction: LabelPrediction,
  ticket: TicketText,
  rules: CompiledRules,
): LabelSuggestion[] {
  const title = ticket.title.normalize('NFKC');
  const body = (ticket.body ?? '').normalize('NFKC');
  const blocked = new Set<string>();
  const forced: LabelSuggestion[] = [];
  for (const rule of rules.rules) {
    const text = rule.field === 'title' ? title : rule.field === 'body' ? body : `${title}\n${body}`;
    if (!rule.test.test(text)) continue;
    if (rule.action === 'block') blocked.add(labelKey(rule.label));
    else
      forced.push({
        label: rule.label,
        confidence: 1,
        modelVersion: prediction.modelVersion,
        source: 'rule',
        ruleId: rule.id,
      });
  }
  const keptForced = dedupe(forced.filter((s) => !blocked.has(labelKey(s.label))));
  const forcedKeys = new Set(keptForced.map((s) => labelKey(s.label)));
  // A forced label on a one-label-per-ticket model replaces the model's choice.
  const modelLabels =
    prediction.exclusive &&
    keptForced.some((s) => prediction.ranked.some((r) => labelKey(r.label) === labelKey(s.label)))
      ? []
      : prediction.labels;
  const fromModel = modelLabels
    .filter((s) => !blocked.has(labelKey(s.label)) && !forcedKeys.has(labelKey(s.label)))
    .map((s): LabelSuggestion => ({ ...s, modelVersion: prediction.modelVersion, source: 'model' }));
  return [...keptForced, ...fromModel];
}

function dedupe(list: LabelSuggestion[]): LabelSuggestion[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const key = labelKey(s.label);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}
