import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What every demo step receives: where the sample backlog is and where to write pages. */
export interface DemoContext {
  /** The sample backlog as a Jira Cloud CSV export. */
  jiraCsv: string;
  /** The same backlog as a Linear CSV export. */
  linearCsv: string;
  /** The sample experiment records, linked to the sample backlog's ideas. */
  experimentsDir: string;
  /** Directory for generated files (`out/`). */
  outDir: string;
  /** Writes a line for the person watching. */
  log: (line: string) => void;
}

const samples = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'samples');

/** The default context: the embedded samples and `out/` under the current directory. */
export function defaultDemoContext(cwd: string): DemoContext {
  return {
    jiraCsv: join(samples, 'backlog.jira.csv'),
    linearCsv: join(samples, 'backlog.linear.csv'),
    experimentsDir: join(samples, 'experiments'),
    outDir: join(cwd, 'out'),
    log: (line) => process.stdout.write(`${line}\n`),
  };
}
