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

  it('says why an item does not fit and names what it lost to', async () => {
    const { report } = await runPlan(file, {
      format: 'json',
      capacity: '10',
      releases: '1',
      instant: true,
      today,
    });
    expect(report.plan.deferred).toEqual([
      expect.objectContaining({ id: 'X-3', reason: 'capacity', lostTo: 'X-2' }),
    ]);
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
