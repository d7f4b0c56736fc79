import { describe, expect, it } from 'vitest';
import { packageFiles, readRepoFile } from './repoFiles';
import { layoutProblems } from './testLayout';

describe('one test layout across packages', () => {
  it('every package follows it', () => {
    const files = packageFiles();
    expect(files.filter((f) => f.endsWith('.test.ts')).length).toBeGreaterThan(100);
    expect(layoutProblems(files, readRepoFile)).toEqual([]);
  });

  it('accepts unit, property and type tests beside code and suites by kind', () => {
    const ok = [
      'packages/core/src/scoring/rice.test.ts',
      'packages/core/src/scoring/scoreItem.test-prop.ts',
      'packages/core/src/scoring/index.test-d.ts',
      'packages/jira-forge/test/ui/scorePanel.test.tsx',
      'packages/linear-app/test/faults/pgPaused.test.ts',
      'packages/linear-app/test/support/linearMock.ts',
    ];
    expect(layoutProblems(ok, () => "import { x } from './x';")).toEqual([]);
  });

  it('names each misplaced test and where it belongs', () => {
    const sources: Record<string, string> = {
      'packages/cli/src/edges.test.ts': "import { spawnSync } from 'node:child_process';",
      'packages/cli/src/page.test.ts': "import { launchChromium } from '@trailmap/test-support';",
      'packages/linear-app/src/db.test.ts': "import Database from 'better-sqlite3';",
    };
    const bad = [
      ...Object.keys(sources),
      'packages/jira-forge/test/manifest.test.ts',
      'packages/jira-forge/test/unit/mapping.test.ts',
      'packages/core/test/roadmap/layout.test-prop.ts',
      'packages/core/src/__tests__/rice.test.ts',
      'packages/trackers/tests/locales.test.ts',
    ];
    const problems = layoutProblems(bad, (path) => sources[path] ?? '');
    for (const path of bad)
      expect(
        problems.some((p) => p.startsWith(`${path}: `)),
        path,
      ).toBe(true);
    expect(problems).toContain(
      'packages/cli/src/edges.test.ts: spawns a process, so it is not a unit test; move it to test/<kind>/ (e.g. test/process/)',
    );
    expect(problems).toContain(
      'packages/jira-forge/test/manifest.test.ts: a suite in test/ goes in a folder named for its kind, test/<kind>/',
    );
  });
});
