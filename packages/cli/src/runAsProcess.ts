/** What runs the CLI: `runCli` from main.ts, with the clock `plan --time-limit` counts on. */
export type CliRunner = (argv: readonly string[], context: { startedAt?: number }) => Promise<number>;

/**
 * Runs the CLI as the `trailmap` process: the exit code becomes the process's, and a reader that
 * leaves (`trailmap score … | head -1`) ends it quietly instead of with EPIPE. Both ways of starting
 * it share this: `src/main.ts` through tsx, and the bundled `dist/trailmap.mjs` that
 * `bin/trailmap.js` runs.
 */
export function runAsProcess(run: CliRunner, argv: readonly string[]): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  // `plan --time-limit` counts from the process start (0 on performance.now()), loading included.
  run(argv, { startedAt: 0 }).then((code) => {
    process.exitCode = code;
  });
}
