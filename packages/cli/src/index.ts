// Programmatic API of the CLI package: its command errors. Importing exports lives in
// @trailmap/trackers.

export { CliError, InputError, parseError, UsageError } from './errors';
