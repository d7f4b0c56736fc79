import type { ScoringField } from './inputSpec';

// The one list of scoring field names and the column names that feed them. Importers (CSV and
// REST), `trailmap init` and the Jira panel all derive from it. Canonical names follow
// SCORING.md §5 (RICE, ICE, WSJF, value/effort, MoSCoW, Aha!, signals).

/** A field importers read as a number (or as a word of a scale that reads it). */
function numberField(name: string, column: string, aliases: readonly string[]): ScoringField {
  return { name, column, aliases, imports: 'number' };
}

/** RICE reach: people or events per period. */
export const REACH = numberField('reach', 'Reach', ['RICE Reach', 'Reach per quarter']);

/** RICE or ICE impact. */
export const IMPACT = numberField('impact', 'Impact', ['RICE Impact', 'ICE Impact']);

/** RICE, ICE or Aha! confidence (importers store it as a fraction). */
export const CONFIDENCE = numberField('confidence', 'Confidence', [
  'RICE Confidence',
  'ICE Confidence',
  'Confidence level',
]);

/** Effort: RICE person-months, a value/effort rating or Aha!'s subtracted effort. */
export const EFFORT = numberField('effort', 'Effort', [
  'RICE Effort',
  'Effort (person-months)',
  'Effort PM',
  'Person-months',
]);

/** ICE ease. */
export const EASE = numberField('ease', 'Ease', ['ICE Ease']);

/** WSJF user-business value. */
export const BUSINESS_VALUE = numberField('business_value', 'Business Value', [
  'User-Business Value',
  'WSJF Business Value',
  'WSJF User-Business Value',
  'UBV',
]);

/** WSJF time criticality. */
export const TIME_CRITICALITY = numberField('time_criticality', 'Time Criticality', [
  'WSJF Time Criticality',
  'TC',
]);

/** WSJF risk reduction and/or opportunity enablement. */
export const RISK_REDUCTION = numberField('risk_reduction', 'Risk Reduction', [
  'Risk Reduction / Opportunity Enablement',
  'RR / OE',
  'RROE',
  'Opportunity Enablement',
  'WSJF Risk Reduction',
]);

/** WSJF job size (stands in for duration). */
export const JOB_SIZE = numberField('job_size', 'Job Size', ['WSJF Job Size']);

/** Value on a value/effort matrix. */
export const VALUE = numberField('value', 'Value', []);

/** The MoSCoW bucket. */
export const MOSCOW_FIELD: ScoringField = {
  name: 'moscow',
  column: 'MoSCoW',
  aliases: ['MoSCoW priority', 'Mo-S-Co-W'],
  imports: 'word',
};

/** Aha! population (how many customers it reaches). */
export const POPULATION: ScoringField = { name: 'population', column: 'Population', aliases: [] };

/** Aha! need (how much they need it). */
export const NEED: ScoringField = { name: 'need', column: 'Need', aliases: [] };

/** Aha! strategy (fit with the strategy). */
export const STRATEGY: ScoringField = { name: 'strategy', column: 'Strategy', aliases: [] };

/** Signals: the tracker's vote count. */
export const VOTES: ScoringField = { name: 'votes', column: 'Votes', aliases: [] };

/** Signals: the tracker's watcher count. */
export const WATCHERS: ScoringField = { name: 'watchers', column: 'Watchers', aliases: ['Watches'] };

/**
 * Every scoring field, in the order help texts list them.
 *
 * @example
 * SCORING_FIELDS.find((f) => f.name === 'reach')?.column; // => 'Reach'
 */
export const SCORING_FIELDS: readonly ScoringField[] = [
  REACH,
  IMPACT,
  CONFIDENCE,
  EFFORT,
  EASE,
  BUSINESS_VALUE,
  TIME_CRITICALITY,
  RISK_REDUCTION,
  JOB_SIZE,
  VALUE,
  MOSCOW_FIELD,
  POPULATION,
  NEED,
  STRATEGY,
  VOTES,
  WATCHERS,
];
