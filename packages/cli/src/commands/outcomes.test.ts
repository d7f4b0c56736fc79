import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { captureOutput } from '../../test/support/captureOutput';
import { runCli } from '../main';

const samples = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'samples');
const backlog = join(samples, 'backlog.jira.csv');
const experiments = join(samples, 'experiments');
const io = captureOutput();

describe('trailmap outcomes', () => {
  it('summarises the sample experiments against the sample backlog', async () => {
    expect(await runCli(['outcomes', backlog, '--experiments', experiments])).toBe(0);
    expect(io.out).toMatch(/^Outcomes: 12 ideas in 11 experiments, 6 delivered$/m);
    expect(io.out).toMatch(
      /INB-113 "Canned responses with variables" \[Inbox, confidence 80 %\]: predicted \+10 % \(RICE impact 3\), measured \+9 % → wins, decided ship/,
    );
    expect(io.out).toMatch(/Brier score 0\.\d{3}/);
    expect(io.out).toMatch(/^ {2}Automation: .*suggest Confidence × 0\.\d+ .*Not applied\.$/m);
  });

  it('JSON has every idea, the calibration buckets and the adjustments', async () => {
    expect(await runCli(['outcomes', backlog, '--experiments', experiments, '--format', 'json'])).toBe(0);
    const view = JSON.parse(io.out);
    expect(view.ideas).toHaveLength(12);
    expect(view.calibration.buckets.map((b: { confidence: number }) => b.confidence)).toEqual([0.5, 0.8, 1]);
    expect(view.problems).toEqual([]);
  });

  it('writes an HTML page with the calibration chart', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'trailmap-outcomes-')), 'outcomes.html');
    expect(
      await runCli(['outcomes', backlog, '--experiments', experiments, '--format', 'html', '--out', out]),
    ).toBe(0);
    const page = readFileSync(out, 'utf8');
    expect(page.match(/class="calibration-point"/g)).toHaveLength(3);
    expect(page).toContain('class="lift-chart"');
  });

  it('a bad record is one line naming the file and field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trailmap-records-'));
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ id: 'x', ideas: [], metrics: [] }));
    expect(await runCli(['outcomes', backlog, '--experiments', dir])).toBe(2);
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(io.err).toMatch(/a\.json: ideas: ideas needs at least one Jira key or Linear identifier/);
  });
});
