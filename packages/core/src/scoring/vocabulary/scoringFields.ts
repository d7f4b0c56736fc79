import type { ScoringField } from './inputSpec';

// The one list of scoring field names and the column names that feed them. Importers (CSV and
// REST), `trailmap init` and the Jira panel all derive from it. Canonical names follow
// SCORING.md §5 (RICE, ICE, WSJF, value/effort, MoSCoW, Aha!, signals).

/** RICE reach: people or events per period. */
export const REACH: ScoringField = {
  name: 'reach',
  column: 'Reach',
  aliases: ['RICE Reach', 'Reach per quarter'],
  imports: 'number',
};

/** RICE or ICE impact. */
export const IMPACT: ScoringField = {
  name: 'impact',
  column: 'Impact',
  aliases: ['RICE Impact', 'ICE Impact'],
  imports: 'number',
};

/** RICE, ICE or Aha! confidence (importers store it as a fraction). */
export const CONFIDENCE: ScoringField = {
  name: 'confidence',
  column: 'Confidence',
  aliases: ['RICE Confidence', 'ICE Confidence', 'Confidence level'],
  imports: 'number',
};

/** Effort: RICE person-months, a value/effort rating or Aha!'s subtracted effort. */
export const EFFORT: ScoringField = {
  name: 'effort',
  column: 'Effort',
  aliases: ['RICE Effort', 'Effort (person-months)', 'Effort PM', 'Person-months'],
  imports: 'number',
};

/** ICE ease. */
export const EASE: ScoringField = { name: 'ease', column: 'Ease', aliases: ['ICE Ease'], imports: 'number' };

/** WSJF user-business value. */
export const BUSINESS_VALUE: ScoringField = {
  name: 'business_value',
  column: 'Business Value',
  aliases: ['User-Business Value', 'WSJF Business Value', 'WSJF User-Business Value', 'UBV'],
  imports: 'number',
};

/** WSJF time criticality. */
export const TIME_CRITICALITY: ScoringField = {
  name: 'time_criticality',
  column: 'Time Criticality',
  aliases: ['WSJF Time Criticality', 'TC'],
  imports: 'number',
};

/** WSJF risk reduction and/or opportunity enablement. */
export const RISK_REDUCTION: ScoringField = {
  name: 'risk_reduction',
  column: 'Risk Reduction',
  aliases: [
    'Risk Reduction / Opportunity Enablement',
    'RR / OE',
    'RROE',
    'Opportunity Enablement',
    'WSJF Risk Reduction',
  ],
  imports: 'number',
};

/** WSJF job size (stands in for duration). */
export const JOB_SIZE: ScoringField = {
  name: 'job_size',
  column: 'Job Size',
  aliases: ['WSJF Job Size'],
  imports: 'number',
};

/** Value on a value/effort matrix. */
export const VALUE: ScoringField = { name: 'value', column: 'Value', aliases: [], imports: 'number' };

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
