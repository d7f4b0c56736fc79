const WARNING_ROWS = 10;

/**
 * What `trailmap plan` and `trailmap roadmap` print on stderr: their notes (config applied,
 * framework fallback, sizing, time limit), then the warnings. A 50k-issue export can raise
 * thousands of per-item warnings (links to issues outside the export, above all); the first few
 * and a count say enough unless `--all` asks for every one.
 *
 * @example
 * commandStderr(['using config trailmap.config.json'], ['A-1 has no estimate'], false);
 * // => 'trailmap: using config trailmap.config.json\ntrailmap: warning: A-1 has no estimate\n'
 */
export function commandStderr(notes: readonly string[], warnings: readonly string[], all: boolean): string {
  const shown = all ? warnings : warnings.slice(0, WARNING_ROWS);
  const lines = [...notes, ...shown.map((w) => `warning: ${w}`)];
  if (shown.length < warnings.length)
    lines.push(`… and ${warnings.length - shown.length} more warnings (--all prints every one)`);
  return lines.map((line) => `trailmap: ${line}\n`).join('');
}
