import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseError, UsageError } from '../errors';
import { runPlan } from './plan';

const sample = join(import.meta.dirname, '..', '..', 'samples', 'backlog.jira.csv');
const today = '2026-11-26';

function jsonBacklog(items: object[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'trailmap-plan-'));
  const file = join(dir, 'backlog.json');
  writeFileSync(file, JSON.stringify({ items }));
  return file;
}

const idea = (key: string, title: string, points: number, reach: number, extra: object = {}) => ({
  id: key,
  key,
  title,
  statusCategory: 'todo',
  estimate: { value: points, unit: 'points' },
  fields: { reach, impact: 2, confidence: 0.8, effort: 1 },
  ...extra,
});

describe('trailmap plan on the sample Jira export', () => {
  it('plans the unreleased releases within capacity, beats the rank-order baseline, explains deferrals and forecasts', async () => {
    const { report } = await runPlan(sample, { format: 'json', instant: true, today });
    const { plan } = report;
    expect(plan.releases.map((r) => r.id)).toEqual(['2026.12', '2027.01', '2027.02']);
    for (const r of plan.releases) expect(r.cost).toBeLessThanOrEqual(r.capacity);
    expect(plan.value).toBeGreaterThan(report.baseline.value);
    expect(plan.deferred.length).toBeGreaterThan(0);
    expect(new Set(plan.deferred.map((d) => d.reason))).toContain('missing_prerequisite');
    expect(report.notPlannable.map((n) => n.reason)).toContain('missing_estimate');
    expect(report.forecast.ok && report.forecast.value.releases.length).toBe(3);
  });

  it('keeps MoSCoW must-haves even without a score, pinned to their planned fix version', async () => {
    const { report } = await runPlan(sample, { format: 'json', instant: true, today });
    expect([report.plan.assignment['PLT-115'], report.plan.assignment['PLT-114']]).toEqual([
      expect.any(String),
      '2027.02',
    ]);
    const none = await runPlan(sample, { format: 'json', instant: true, today, mustHave: 'none' });
    expect(none.report.notPlannable.map((n) => n.key)).toContain('PLT-115');
  });

  it('holds every team to its --team-capacity in every release', async () => {
    const { report } = await runPlan(sample, {
      format: 'json',
      instant: true,
      today,
      teamCapacity: 'Inbox=10, Platform=13',
    });
    for (const r of report.plan.releases) {
      expect(r.teamCost.Inbox ?? 0).toBeLessThanOrEqual(10);
      expect(r.teamCost.Platform ?? 0).toBeLessThanOrEqual(13);
    }
    expect(report.plan.releases.some((r) => (r.teamCost.Inbox ?? 0) > 0)).toBe(true);
  });

  it('prints one JSON object with --format json', async () => {
    const { stdout } = await runPlan(sample, { format: 'json', instant: true, today });
    expect(Object.keys(JSON.parse(stdout))).toEqual(expect.arrayContaining(['plan', 'baseline', 'forecast']));
  });

  it('proves a small generated plan optimal with HiGHS and reports the gap as 0', async () => {
    const { report, stdout } = await runPlan(sample, {
      capacity: '13',
      releases: '2',
      mustHave: 'none',
      cadence: '2w',
      timeLimit: '20',
      today,
    });
    expect([report.plan.method, report.plan.provenOptimal, report.plan.gap]).toEqual(['exact', true, 0]);
    expect(report.releaseEnds).toEqual({ R1: '2026-12-09', R2: '2026-12-23' });
    expect(stdout).toContain('proven optimal');
  });
});

describe('trailmap plan --time-limit bounds the whole command', () => {
  it('counts the time since the command started: once the limit is used up, no solver runs and the greedy plan is kept', async () => {
    // A fake clock that says 9.9 of the 10 s were spent reading the export already.
    let t = 9_900;
    const clock = { now: () => t++, startedAt: 0 };
    const { report, stderr } = await runPlan(
      sample,
      { format: 'json', capacity: '13', releases: '2', mustHave: 'none', timeLimit: '10', today },
      clock,
    );
    const solver = (report.plan as { solver?: { status: string; seconds: number } }).solver;
    expect(solver).toMatchObject({ status: 'time_limit', seconds: 0 });
    expect(report.plan.value).toBeGreaterThan(0);
    expect(report.plan.value).toBeGreaterThanOrEqual(report.baseline.value);
    // One line says what happened and what to do.
    expect(stderr).toMatch(
      /trailmap: reading the export and building the model took 9\.9 s of the 10 s --time-limit: the plan is one greedy pass, not searched and not solved, and the command ends late\. --time-limit 20 leaves time to search\n/,
    );
  });

  it('says in the table when no time was left for the solver', async () => {
    let t = 9_900;
    const clock = { now: () => t++, startedAt: 0 };
    const { stdout } = await runPlan(
      sample,
      { capacity: '13', releases: '2', mustHave: 'none', timeLimit: '10', today },
      clock,
    );
    expect(stdout).toContain('greedy plan (no time left for the HiGHS MIP)');
    expect(stdout).not.toContain('exact (HiGHS MIP)');
  });
});

describe('trailmap plan output and errors', () => {
  const file = jsonBacklog([
    idea('X-1', '<script>alert(1)</script>', 3, 100),
    idea('X-2', 'Second & "third"', 5, 50, { blockedBy: ['X-1'] }),
    idea('X-3', 'Too big', 40, 500),
  ]);

  it('escapes every text in the HTML page', async () => {
    const { stdout } = await runPlan(file, {
      format: 'html',
      capacity: '10',
      releases: '1',
      instant: true,
      today,
    });
    expect(stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(stdout).not.toContain('<script>alert');
    expect(stdout).toContain('Second &amp; &quot;third&quot;');
  });

  it('says an item bigger than a whole release is too large (it lost to nothing: it can never fit)', async () => {
    const { report } = await runPlan(file, {
      format: 'json',
      capacity: '10',
      releases: '1',
      instant: true,
      today,
    });
    expect(report.plan.deferred).toEqual([{ id: 'X-3', reason: 'too_large', cost: 40, capacity: 10 }]);
  });

  it('refuses must-haves that cannot fit, naming the item, as one line', async () => {
    const err = await runPlan(sample, { capacity: '13', releases: '2', instant: true, today }).catch(
      (e: unknown) => e,
    );
    expect(parseError(err).message).toMatch(/must-haves exceed capacity: [A-Z]+-\d+ \(cost \d+\)/);
  });

  it('reports bad flags and missing files as one line with a non-zero exit code', async () => {
    const bad = await runPlan(file, { capacity: '-3', today }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(UsageError);
    expect(parseError(bad)).toEqual({ message: '--capacity must be a number > 0, got "-3"', exitCode: 2 });
    const missing = await runPlan(join(tmpdir(), 'no-such-backlog.csv'), { capacity: '5', today }).catch(
      (e: unknown) => e,
    );
    expect(parseError(missing).message).not.toContain('\n');
    expect(parseError(missing).exitCode).not.toBe(0);
    const cadence = await runPlan(file, { capacity: '5', cadence: 'fortnightly', today }).catch(
      (e: unknown) => e,
    );
    expect(parseError(cadence).message).toBe('--cadence must look like 2w or 10d, got "fortnightly"');
  });
});

describe('trailmap plan on real exports without scores or estimates', () => {
  const jira = (rows: string[]) => {
    const dir = mkdtempSync(join(tmpdir(), 'trailmap-plan-real-'));
    const file = join(dir, 'jira.csv');
    writeFileSync(
      file,
      [
        'Summary,Issue key,Issue id,Issue Type,Status,Priority,Votes,Custom field (Story Points)',
        ...rows,
      ].join('\n'),
    );
    return file;
  };

  it('plans the estimated items by signals and lists the rest as needing an estimate', async () => {
    const file = jira([
      'Login,PM-1,1,Bug,To Do,Highest,4,3',
      'Dark mode,PM-2,2,Story,To Do,Medium,12,',
      'PDF,PM-3,3,Story,To Do,Low,0,5',
    ]);
    const { report, stderr } = await runPlan(file, {
      format: 'json',
      instant: true,
      today,
      capacity: '10',
      releases: '1',
    });
    expect(report.frameworkId).toBe('signals');
    expect(report.fellBackFrom).toBe('rice');
    expect(stderr).toContain('rice found none of its inputs');
    expect(report.plan.assignment).toMatchObject({ 'PM-1': 'R1', 'PM-3': 'R1' });
    expect(report.needsEstimate).toEqual(['PM-2']);
    const table = await runPlan(file, { instant: true, today, capacity: '10', releases: '1' });
    expect(table.stdout).toContain('Needs an estimate (1), not planned:\n  PM-2  Dark mode');
  });

  it('sizes unestimated items from the median known estimate with --default-size median', async () => {
    const file = jira([
      'A,PM-1,1,Story,To Do,High,,2',
      'B,PM-2,2,Story,To Do,High,,',
      'C,PM-3,3,Story,To Do,High,,6',
    ]);
    const { report, stderr } = await runPlan(file, {
      format: 'json',
      instant: true,
      today,
      capacity: '20',
      releases: '1',
      defaultSize: 'median',
    });
    expect(report.needsEstimate).toEqual([]);
    expect(report.costs['PM-2']).toBe(4);
    expect(stderr).toContain('sized at the median known estimate, 4');
  });

  it('with nothing estimated prints the list, names the field to fill and succeeds', async () => {
    const file = jira(['A,PM-1,1,Story,To Do,High,3,', 'B,PM-2,2,Bug,To Do,Low,,']);
    const { stdout, report } = await runPlan(file, { instant: true, today, capacity: '10' });
    expect(stdout).toContain('no open item has an estimate');
    expect(stdout).toContain('Fill Story Points');
    expect(stdout).toContain('Needs an estimate (2):\n  PM-1  A\n  PM-2  B');
    expect(report.needsEstimate).toEqual(['PM-1', 'PM-2']);
  });

  it('with no open item says so and what to export, not an empty "needs an estimate" list', async () => {
    const header = jira([]);
    const { stdout } = await runPlan(header, { instant: true, today, capacity: '10' });
    expect(stdout).toMatch(/^Nothing to plan in .*: it has no open items/);
    expect(stdout).toContain('Export the open issues');
    expect(stdout).not.toContain('Needs an estimate');
  });

  it('summarises long deferred and unestimated lists unless --all', async () => {
    const rows = Array.from(
      { length: 30 },
      (_, i) => `Item ${i},PM-${i + 1},${i + 1},Story,To Do,High,,${i < 25 ? 5 : ''}`,
    );
    const file = jira(rows);
    const short = await runPlan(file, { instant: true, today, capacity: '5', releases: '1' });
    expect(short.stdout).toContain('Deferred (24): first 20 shown (--all lists every item)');
    expect(short.stdout.split('\n').filter((l) => /^ {2}PM-\d+ .*—/.test(l))).toHaveLength(20);
    const all = await runPlan(file, { instant: true, today, capacity: '5', releases: '1', all: true });
    expect(all.stdout.split('\n').filter((l) => /^ {2}PM-\d+ .*—/.test(l))).toHaveLength(24);
  });

  it('ends generated releases on the same days in every time zone, and rejects impossible dates', async () => {
    // Day numbers, not Date arithmetic: the US DST change on 2026-03-08 used to shift the ends.
    const { report } = await runPlan(sample, {
      format: 'json',
      instant: true,
      today: '2026-03-01',
      capacity: '13',
      releases: '2',
      cadence: '2w',
      mustHave: 'none',
    });
    expect(report.releaseEnds).toEqual({ R1: '2026-03-14', R2: '2026-03-28' });
    await expect(runPlan(sample, { instant: true, today: '2026-02-30', capacity: '13' })).rejects.toThrow(
      UsageError,
    );
  });
});
