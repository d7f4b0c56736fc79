// Programmatic API of the CLI package, used by the Linear app and tests.

export type { CustomerConfig, ReleaseConfig, TrailmapConfig } from './config/config.ts';
export { defaultConfig, TrailmapConfigSchema } from './config/config.ts';
export type { LoadedConfig } from './config/loadConfig.ts';
export { CONFIG_FILE_NAME, loadConfig, parseConfigText } from './config/loadConfig.ts';
export { CliError, InputError, parseError, UsageError } from './errors.ts';
export type { BacklogFormat, LoadedBacklog } from './import/loadBacklog.ts';
export { loadBacklog, loadBacklogText } from './import/loadBacklog.ts';
export { decodeText } from './io/decodeText.ts';
export type { CsvTable } from './io/readCsv.ts';
export { parseCsvText, readCsvFile } from './io/readCsv.ts';
