import { fileURLToPath } from 'node:url';
import type { Backlog } from '@trailmap/core';

/** The sample Linear export the demo workspace is built from. */
export const DEMO_SAMPLE_FILE = fileURLToPath(
  new URL('../../../cli/samples/backlog.linear.csv', import.meta.url),
);

/** The demo workspace: the sample backlog, loaded once. */
export interface DemoWorkspace {
  /** Resolves the sample backlog; rejects with the importer's message if it cannot be read. */
  load(): Promise<{ backlog: Backlog; source: string; warnings: string[] }>;
}

/**
 * A demo workspace backed by the sample Linear CSV, so `pnpm start` with no credentials shows a
 * working roadmap. A failed load is not cached: the next request tries again.
 *
 * @example
 * const demo = createDemoWorkspace();
 * const { backlog } = await demo.load();
 */
export function createDemoWorkspace(file: string = DEMO_SAMPLE_FILE): DemoWorkspace {
  let cached: Promise<{ backlog: Backlog; source: string; warnings: string[] }> | undefined;
  return {
    load() {
      if (!cached) {
        // Imported lazily: only demo mode reads a CSV export, so OAuth and API-key servers do
        // not load the CSV importers at start.
        cached = import('@trailmap/trackers')
          .then(({ loadBacklog }) => loadBacklog(file))
          .then((loaded) => ({ backlog: loaded.backlog, source: file, warnings: loaded.warnings }));
        cached.catch(() => {
          cached = undefined;
        });
      }
      return cached;
    },
  };
}
