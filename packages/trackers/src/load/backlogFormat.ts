// Its own file so that `detectFormat` and `loadBacklog` can both name it without importing each
// other (that was an import cycle).

/** The source formats the importer recognises. */
export type BacklogFormat = 'jira-csv' | 'linear-csv' | 'json';
