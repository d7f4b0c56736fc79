import { CUSTOM_FIELD_PREFIXES } from '../jira/locales/index';

/**
 * The scoring inputs and other custom fields: which column feeds which `WorkItem.fields` name.
 * Canonical names follow the frameworks in SCORING.md (RICE, ICE, WSJF, value/effort, MoSCoW).
 */

/** Numeric scoring inputs, by canonical `fields` name. */
export const NUMERIC_SCORING_FIELDS = [
  'reach',
  'impact',
  'confidence',
  'effort',
  'ease',
  'business_value',
  'time_criticality',
  'risk_reduction',
  'job_size',
  'value',
] as const;

/** Every canonical scoring input name (numeric ones plus `moscow`). */
export const SCORING_FIELDS = [...NUMERIC_SCORING_FIELDS, 'moscow'] as const;
export type ScoringField = (typeof SCORING_FIELDS)[number];

// Aliases are compared after `fieldKey` normalisation (lower-case, `_`, no punctuation).
const ALIASES: Readonly<Record<string, ScoringField>> = {
  reach: 'reach',
  rice_reach: 'reach',
  reach_per_quarter: 'reach',
  impact: 'impact',
  rice_impact: 'impact',
  ice_impact: 'impact',
  confidence: 'confidence',
  rice_confidence: 'confidence',
  ice_confidence: 'confidence',
  confidence_level: 'confidence',
  effort: 'effort',
  rice_effort: 'effort',
  effort_person_months: 'effort',
  effort_pm: 'effort',
  person_months: 'effort',
  ease: 'ease',
  ice_ease: 'ease',
  business_value: 'business_value',
  user_business_value: 'business_value',
  wsjf_business_value: 'business_value',
  wsjf_user_business_value: 'business_value',
  ubv: 'business_value',
  time_criticality: 'time_criticality',
  wsjf_time_criticality: 'time_criticality',
  tc: 'time_criticality',
  risk_reduction: 'risk_reduction',
  risk_reduction_opportunity_enablement: 'risk_reduction',
  rr_oe: 'risk_reduction',
  rroe: 'risk_reduction',
  opportunity_enablement: 'risk_reduction',
  wsjf_risk_reduction: 'risk_reduction',
  job_size: 'job_size',
  wsjf_job_size: 'job_size',
  value: 'value',
  moscow: 'moscow',
  moscow_priority: 'moscow',
  mo_s_co_w: 'moscow',
};

/**
 * The `fields` key for a column: `Custom field (X)` unwrapped, lower-cased, runs of spaces and
 * punctuation turned into `_`.
 *
 * @example
 * fieldKey('Custom field (Time Criticality)'); // => 'time_criticality'
 * fieldKey('RR / OE'); // => 'rr_oe'
 */
export function fieldKey(header: string): string {
  const lower = header.trim().toLowerCase();
  const prefix = ['custom field (', ...CUSTOM_FIELD_PREFIXES].find((p) => lower.startsWith(p));
  const inner = prefix && lower.endsWith(')') ? header.trim().slice(prefix.length, -1) : header;
  return inner
    .trim()
    .toLowerCase()
    .replace(/[%()]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
}

/**
 * The canonical scoring input a column feeds, if it is one (`Custom field (Reach)`, `Reach`,
 * `RICE Reach`, `User-Business Value`, …). `Story Points` is deliberately not `effort`: points
 * measure size, not person-months; map it in the config to use it as effort.
 *
 * @example
 * scoringFieldFor('Custom field (RICE Reach)'); // => 'reach'
 * scoringFieldFor('Custom field (Story Points)'); // => undefined
 */
export function scoringFieldFor(header: string): ScoringField | undefined {
  return ALIASES[fieldKey(header)];
}

/**
 * Whether a canonical name is a numeric scoring input.
 *
 * @example
 * isNumericScoringField('reach'); // => true
 * isNumericScoringField('moscow'); // => false
 */
export function isNumericScoringField(name: string): boolean {
  return (NUMERIC_SCORING_FIELDS as readonly string[]).includes(name);
}
