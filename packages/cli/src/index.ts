// Programmatic API of the CLI package, used by the Linear app and tests.

export type { CustomerConfig, ReleaseConfig, TrailmapConfig } from './config/config';
export { defaultConfig, TrailmapConfigSchema } from './config/config';
export type { LoadedConfig } from './config/loadConfig';
export { CONFIG_FILE_NAME, loadConfig, parseConfigText } from './config/loadConfig';
export { CliError, InputError, parseError, UsageError } from './errors';
export type { BacklogFormat, LoadedBacklog } from './import/loadBacklog';
export { loadBacklog, loadBacklogText } from './import/loadBacklog';
export { decodeText } from './io/decodeText';
export type { CsvTable } from './io/readCsv';
export { parseCsvText, readCsvFile } from './io/readCsv';
