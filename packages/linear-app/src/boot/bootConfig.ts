import { type AppConfig, formatConfigProblems, loadConfig } from '../config/env';

/**
 * Reads the process environment, once, at boot: the only place in linear-app that touches
 * `process.env`. Everything after boot gets its settings from the returned `AppConfig`, so a
 * variable changed (or removed) while the server runs changes nothing, and every variable is
 * validated up front. Invalid settings print one line per variable and exit with status 1.
 *
 * @example
 * const config = bootConfig(); // in src/main.ts and src/jobs/workerMain.ts only
 */
export function bootConfig(): AppConfig {
  const checked = loadConfig(process.env);
  if (checked.ok) return checked.config;
  process.stderr.write(`${formatConfigProblems(checked.problems)}\n`);
  process.exit(1);
}
