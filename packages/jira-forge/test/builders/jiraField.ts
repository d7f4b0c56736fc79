import type { FieldDetails } from '../../src/jira/jiraSchemas';

/**
 * A `FieldDetails` entry as `GET /rest/api/3/field` returns it.
 *
 * @example
 * jiraField({ id: 'customfield_10016', name: 'Story point estimate' });
 */
export function jiraField(o: Partial<FieldDetails> & { id: string; name: string }): FieldDetails {
  return {
    custom: o.id.startsWith('customfield_'),
    clauseNames: o.clauseNames ?? [o.id.startsWith('customfield_') ? `cf[${o.id.slice(12)}]` : o.id],
    schema: { type: 'number' },
    ...o,
  };
}

/** The field list of a site with company-managed and team-managed story points and the app's score field. */
export function siteFields(): FieldDetails[] {
  return [
    jiraField({
      id: 'summary',
      name: 'Summary',
      custom: false,
      schema: { type: 'string', system: 'summary' } as FieldDetails['schema'],
    }),
    jiraField({ id: 'labels', name: 'Labels', custom: false, schema: { type: 'array' } }),
    jiraField({
      id: 'customfield_10016',
      name: 'Story point estimate',
      schema: { type: 'number', custom: 'com.pyxis.greenhopper.jira:jsw-story-points', customId: 10016 },
    }),
    jiraField({
      id: 'customfield_10026',
      name: 'Story Points',
      schema: {
        type: 'number',
        custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float',
        customId: 10026,
      },
    }),
    jiraField({
      id: 'customfield_10050',
      name: 'Priority score',
      schema: {
        type: 'number',
        custom:
          'ari:cloud:ecosystem::extension/00000000-0000-0000-0000-000000000000/env-1/static/priority-score-field',
        customId: 10050,
      },
    }),
  ];
}
