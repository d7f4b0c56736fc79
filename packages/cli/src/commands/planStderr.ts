const WARNING_ROWS = 10;

/**
 * What `trailmap plan` prints on stderr: its notes (config applied, framework fallback, sizing,
 * time limit), then the warnings. A 50k-issue export can raise thousands of per-item warnings;
 * the first few and a count say enough unless `--all` asks for every one.
 *
 * @example
 * planStderr(['using config trailmap.config.json'], ['A-1 has no estimate'], false);
 * // => 'trailmap: using config trailmap.config.json\ntrailmap: warning: A-1 has no estimate\n'
 */
export function planStderr(notes: readonly string[], warnings: readonly string[], all: boolean): string {
  const shown = all ? warnings : warnings.slice(0, WARNING_ROWS);
  const lines = [...notes, ...shown.map((w) => `warning: ${w}`)];
  if (shown.length < warnings.length)
    lines.push(`… and ${warnings.length - shown.length} more warnings (--all prints every one)`);
  return lines.map((line) => `trailmap: ${line}\n`).join('');
}
