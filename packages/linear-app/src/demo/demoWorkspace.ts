import { fileURLToPath } from 'node:url';
import type { Backlog, Result } from '@trailmap/core';
import type { InputProblem } from '@trailmap/trackers';

/** The sample backlog the demo serves. */
export interface DemoBacklog {
  backlog: Backlog;
  source: string;
  warnings: string[];
}

/** The sample Linear export the demo workspace is built from. */
export const DEMO_SAMPLE_FILE = fileURLToPath(
  new URL('../../../cli/samples/backlog.linear.csv', import.meta.url),
);

/** The demo workspace: the sample backlog, loaded once. */
export interface DemoWorkspace {
  /** The sample backlog, or the importer's problems if it cannot be read. */
  load(): Promise<Result<DemoBacklog, InputProblem>>;
}

/**
 * A demo workspace backed by the sample Linear CSV, so `pnpm start` with no credentials shows a
 * working roadmap. A failed load is not cached: the next request tries again.
 *
 * @example
 * const demo = createDemoWorkspace();
 * const loaded = await demo.load();
 * if (loaded.ok) loaded.value.backlog.items;
 */
export function createDemoWorkspace(file: string = DEMO_SAMPLE_FILE): DemoWorkspace {
  let cached: Promise<Result<DemoBacklog, InputProblem>> | undefined;
  return {
    load() {
      if (!cached) {
        // Imported lazily: only demo mode reads a CSV export, so OAuth and API-key servers do
        // not load the CSV importers at start.
        cached = import('@trailmap/trackers')
          .then(({ loadBacklog }) => loadBacklog(file))
          .then((loaded): Result<DemoBacklog, InputProblem> => {
            if (!loaded.ok) {
              cached = undefined;
              return loaded;
            }
            const { backlog, warnings } = loaded.value;
            return { ok: true, value: { backlog, source: file, warnings } };
          });
        cached.catch(() => {
          cached = undefined;
        });
      }
      return cached;
    },
  };
}
