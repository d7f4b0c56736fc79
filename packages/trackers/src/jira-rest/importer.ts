import type { Importer, JsonDocument } from '../importer';
import { fromJiraSearch, isJiraSearchResponse } from './fromJiraJson';

/**
 * Saved Jira REST search responses (`/rest/api/3/search/jql`, v2 or v3, ideally `expand=names`).
 *
 * @example
 * jiraRestImporter.recognises({ file: 'a.json', json: { issues: [{ key: 'PM-1', fields: {} }] } }); // => true
 */
export const jiraRestImporter: Importer<JsonDocument> = {
  format: 'jira-rest',
  label: 'a Jira REST search response',
  recognises: (doc) => isJiraSearchResponse(doc.json),
  toDraft: (doc, config) => {
    if (!isJiraSearchResponse(doc.json)) throw new TypeError('not a Jira search response');
    return fromJiraSearch(doc.json, doc.file, config);
  },
};
