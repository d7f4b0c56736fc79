/**
 * Jira's fields by concept, as Jira names them: the names a REST response's `names` gives custom
 * fields, and the names a CSV export writes (`Custom field (Story Points)` or bare `Story
 * Points`, depending on the instance). Both Jira mappings (CSV and REST) read this one table.
 */
export const JIRA_CUSTOM_FIELDS = {
  points: ['Story Points', 'Story point estimate'],
  start: ['Start date', 'Target start'],
  due: ['Target end', 'Due date'],
  sprint: ['Sprint'],
  rank: ['Rank'],
  customers: ['Customers', 'Customer'],
  team: ['Team'],
  initiative: ['Initiative'],
  theme: ['Theme'],
  epicLink: ['Epic Link'],
} as const satisfies Record<string, readonly string[]>;

export type JiraCustomConcept = keyof typeof JIRA_CUSTOM_FIELDS;

/**
 * Jira's own custom-field types (`schema.custom` of a search saved with `expand=schema`, or of
 * `GET /rest/api/3/field`) and the concept each stands for: a search saved without
 * `expand=names` still says which field holds story points or the sprint this way.
 */
const JIRA_CUSTOM_FIELD_TYPES: Readonly<Record<string, JiraCustomConcept>> = {
  'com.pyxis.greenhopper.jira:jsw-story-points': 'points',
  'com.pyxis.greenhopper.jira:gh-sprint': 'sprint',
  'com.pyxis.greenhopper.jira:gh-epic-link': 'epicLink',
  'com.pyxis.greenhopper.jira:gh-lexo-rank': 'rank',
  'com.atlassian.jpo:jpo-custom-field-baseline-start': 'start',
  'com.atlassian.jpo:jpo-custom-field-baseline-end': 'due',
  'com.atlassian.teams:rm-teams-custom-field-team': 'team',
};

/**
 * The display name a custom field of Jira's own type stands in for (the concept's first name,
 * so it reads as if `names` had said it), or `undefined` for other types.
 *
 * @example
 * nameOfCustomFieldType('com.pyxis.greenhopper.jira:jsw-story-points'); // => 'Story Points'
 * nameOfCustomFieldType('com.atlassian.jira.plugin.system.customfieldtypes:float'); // => undefined
 */
export function nameOfCustomFieldType(type: string): string | undefined {
  // Some sites and older docs drop the `.jira` (`com.pyxis.greenhopper:gh-sprint`).
  const concept =
    JIRA_CUSTOM_FIELD_TYPES[type] ??
    JIRA_CUSTOM_FIELD_TYPES[type.replace(/^com\.pyxis\.greenhopper:/, 'com.pyxis.greenhopper.jira:')];
  return concept ? JIRA_CUSTOM_FIELDS[concept][0] : undefined;
}

/** Custom fields that describe an epic's look or Jira's own bookkeeping, never planning input. */
export const JIRA_COSMETIC_FIELDS = [
  'Epic Name',
  'Epic Colour',
  'Epic Color',
  'Epic Status',
  'Issue color',
  'Development',
  'Satisfaction rating',
  'Flagged',
  'Vulnerability',
] as const;

/**
 * The CSV headers a concept may appear under: every `Custom field (X)` first, then bare names.
 *
 * @example
 * csvHeadersFor('points'); // => ['Custom field (Story Points)', 'Custom field (Story point estimate)', 'Story Points', 'Story point estimate']
 */
export function csvHeadersFor(concept: JiraCustomConcept): string[] {
  const names = JIRA_CUSTOM_FIELDS[concept];
  return [...names.map((n) => `Custom field (${n})`), ...names];
}

/**
 * The concept a custom field's display name stands for, case-insensitively.
 *
 * @example
 * conceptOfFieldName('Story point estimate'); // => 'points'
 * conceptOfFieldName('Reach'); // => undefined
 */
export function conceptOfFieldName(name: string): JiraCustomConcept | undefined {
  const n = name.trim().toLowerCase();
  for (const [concept, names] of Object.entries(JIRA_CUSTOM_FIELDS)) {
    if (names.some((x) => x.toLowerCase() === n)) return concept as JiraCustomConcept;
  }
  return undefined;
}
