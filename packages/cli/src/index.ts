// Programmatic API of the CLI package, used by the Linear app and tests.
export { CliError, InputError, parseError, UsageError } from './errors.ts';
export type { BacklogFormat, LoadedBacklog } from './import/loadBacklog.ts';
export { loadBacklog } from './import/loadBacklog.ts';
export { decodeText } from './io/decodeText.ts';
export type { CsvTable } from './io/readCsv.ts';
export { parseCsvText, readCsvFile } from './io/readCsv.ts';
