import { labelKey } from './labelNames';
import type { LabelSuggestion } from './teamRules';

/** The audit record of one label the labeller applied. */
export interface AppliedLabel {
  label: string;
  modelVersion: string;
  confidence: number;
  source: 'model' | 'rule';
  ruleId?: string;
}

/** Why a suggestion was not applied. */
export type SkipReason = 'already-set' | 'human-removed' | 'conflicts-with-human' | 'suggest-only';

/** The outcome of {@link mergeLabels}. */
export interface MergeResult {
  /** The ticket's labels afterwards: every human label, in order, then the applied ones. */
  labels: string[];
  /** One audit record per label added. */
  applied: AppliedLabel[];
  /** Suggestions held back, with the reason. */
  skipped: { label: string; reason: SkipReason }[];
}

/** Options of {@link mergeLabels}. */
export interface MergeOptions {
  /** Labels a human removed from this ticket: never put back. */
  removedByHuman?: readonly string[];
  /**
   * Groups of mutually exclusive labels (e.g. the kind labels): if a human set one, the
   * labeller adds no other from the same group, since that would contradict the human.
   */
  exclusiveGroups?: readonly (readonly string[])[];
  /** When the model is in `suggest` mode, its labels are held back; rule-forced labels still apply. */
  mode?: 'apply' | 'suggest';
}

/**
 * Merges labeller suggestions into a ticket's labels without ever removing or overriding a label
 * a human set: human labels are kept as they are; a suggestion is skipped when a human already
 * set it, removed it before, or set a label it is exclusive with. Labels compare
 * case-insensitively. Returns an audit record (label, model version, confidence) per applied label.
 *
 * @example
 * mergeLabels(['Bug'], [{ label: 'ui', confidence: 0.9, modelVersion: 'lbl-1.r0', source: 'model' }]).labels; // => ['Bug', 'ui']
 */
export function mergeLabels(
  existingHumanLabels: readonly string[],
  suggestions: readonly LabelSuggestion[],
  options: MergeOptions = {},
): MergeResult {
  const labels = [...existingHumanLabels];
  const present = new Set(existingHumanLabels.map(labelKey));
  const removed = new Set((options.removedByHuman ?? []).map(labelKey));
  const groups = (options.exclusiveGroups ?? []).map((g) => new Set(g.map(labelKey)));
  const applied: AppliedLabel[] = [];
  const skipped: MergeResult['skipped'] = [];
  for (const s of [...suggestions].sort((a, b) => rank(b) - rank(a))) {
    const key = labelKey(s.label);
    const reason = skipReason(key, s, present, removed, groups, existingHumanLabels, options.mode);
    if (reason) {
      skipped.push({ label: s.label, reason });
      continue;
    }
    present.add(key);
    labels.push(s.label);
    applied.push({
      label: s.label,
      modelVersion: s.modelVersion,
      confidence: s.confidence,
      source: s.source,
      ...(s.ruleId ? { ruleId: s.ruleId } : {}),
    });
  }
  return { labels, applied, skipped };
}

// Rules first, then the most confident, so an exclusive group keeps the strongest candidate.
function rank(s: LabelSuggestion): number {
  return (s.source === 'rule' ? 2 : 0) + s.confidence;
}

function skipReason(
  key: string,
  s: LabelSuggestion,
  present: Set<string>,
  removed: Set<string>,
  groups: Set<string>[],
  human: readonly string[],
  mode: MergeOptions['mode'],
): SkipReason | undefined {
  if (present.has(key)) return 'already-set';
  if (removed.has(key)) return 'human-removed';
  if (s.source === 'model' && mode === 'suggest') return 'suggest-only';
  const group = groups.find((g) => g.has(key));
  if (group && [...present].some((p) => group.has(p))) {
    return human.some((h) => group.has(labelKey(h))) ? 'conflicts-with-human' : 'already-set';
  }
  return undefined;
}
