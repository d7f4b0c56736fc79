import type { Importer, JsonDocument } from '../importer';
import { fromJiraSearch, isJiraIssueList, isJiraSearchResponse } from './fromJiraJson';

/**
 * Saved Jira REST search responses (`/rest/api/3/search/jql`, v2 or v3, ideally `expand=names`).
 *
 * @example
 * jiraRestImporter.recognises({ file: 'a.json', json: { issues: [{ key: 'PM-1', fields: {} }] } }); // => true
 */
export const jiraRestImporter: Importer<JsonDocument> = {
  format: 'jira-rest',
  label: 'a Jira REST search response',
  recognises: (doc) => isJiraSearchResponse(doc.json) || isJiraIssueList(doc.json),
  toDraft: (doc, config) => {
    // A script that saved only the response's `issues` list leaves a bare array of issues.
    const json = isJiraIssueList(doc.json) ? { issues: doc.json } : doc.json;
    if (!isJiraSearchResponse(json)) throw new TypeError('not a Jira search response');
    return fromJiraSearch(json, doc.file, config);
  },
};
