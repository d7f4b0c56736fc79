import type { CsvTable } from '../csv/readCsv';
import type { Importer } from '../importer';
import { fromJiraCsv, isJiraHeader, jiraColumnsRead } from './fromJiraCsv';

/**
 * Jira Cloud and Server/DC CSV exports (all fields or current fields, any Jira language).
 *
 * @example
 * jiraCsvImporter.recognises(parseCsvText('Summary,Issue key\nx,PM-1\n', 'a.csv')); // => true
 */
export const jiraCsvImporter: Importer<CsvTable> = {
  format: 'jira-csv',
  label: 'a Jira CSV export',
  recognises: (table) => isJiraHeader(table.header),
  columnsRead: jiraColumnsRead,
  toDraft: fromJiraCsv,
};
