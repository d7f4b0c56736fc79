import { describe, expect, it } from 'vitest';
import { type WorkItem, type WorkItemInput, WorkItemSchema } from '../../model/workItem';
import { priorityPoints } from './priorityPoints';
import { effortSpread, SIGNALS_VERSION, scoreAllSignals, scoreSignals, signalsEffortNote } from './signals';

const item = (over: Partial<WorkItemInput> = {}) =>
  WorkItemSchema.parse({ id: 'x', key: over.key ?? 'PM-1', title: 't', statusCategory: 'todo', ...over });

describe('signals', () => {
  it('scores from priority, votes, watchers, feedback, customers, blocks and age, each explained', () => {
    const r = scoreSignals(
      item({
        priority: 'High',
        fields: { votes: 7, watchers: 3 },
        feedbackIds: ['F-1'],
        customerIds: ['acme', 'globex', 'initech'],
        blocks: ['PM-2'],
        createdAt: '2025-03-01T10:00:00Z',
        estimate: { value: 2, unit: 'points' },
      }),
      { today: '2026-03-01', efforts: undefined },
    );
    if (!r.ok) throw new Error('unscored');
    const byName = Object.fromEntries(r.explanation.factors.map((f) => [f.name, f.contribution]));
    expect(byName).toEqual({
      base: 1,
      priority: 4,
      votes: 5,
      watchers: 2,
      feedback: 2,
      customers: 4,
      blocks: 1.5,
      age: 2,
      effort: 0.5,
    });
    expect(r.score).toBe(10.75);
    expect(r.explanation).toMatchObject({
      frameworkId: 'signals',
      version: SIGNALS_VERSION,
      label: 'estimated',
    });
    expect(r.explanation.summary).toContain('inferred from tracker fields');
    expect(r.range.low).toBeLessThan(r.score);
    expect(r.range.high).toBeGreaterThan(r.score);
  });

  it('scores an unestimated item on value alone, effort unknown, range from the team spread', () => {
    const items = [
      item({ key: 'A', estimate: { value: 1, unit: 'points' } }),
      item({ key: 'B', estimate: { value: 3, unit: 'points' } }),
      item({ key: 'C', estimate: { value: 8, unit: 'points' } }),
      item({ key: 'D', priority: 'Highest' }),
    ];
    const d = scoreAllSignals(items).find((s) => s.key === 'D')!.result;
    if (!d.ok) throw new Error('unscored');
    expect(d.explanation.label).toBe('effort unknown');
    expect(d.score).toBe(2); // (1 + 5) ÷ median 3
    expect(d.range).toEqual({ low: 0.857, high: 4.286 }); // ÷ p90 7, ÷ p10 1.4
    expect(d.warnings[0]).toMatch(/effort unknown/);
  });

  it('uses the scale range when nothing is estimated, and never leaves an item unscored', () => {
    const scores = scoreAllSignals([item({ key: 'A' }), item({ key: 'B', priority: 'Low' })]);
    expect(scores.every((s) => s.result.ok)).toBe(true);
    const b = scores[1]!.result;
    expect(b.ok && b.range).toEqual({ low: round(3 / 13), high: 3 });
  });

  it('widens the range of an unestimated item when the team has only one known effort', () => {
    const set = [item({ key: 'A-1', estimate: { value: 5, unit: 'points' } }), item({ key: 'A-2' })];
    const unknown = scoreAllSignals(set).find((s) => s.key === 'A-2')!.result;
    if (!unknown.ok) throw new Error('unscored');
    expect(unknown.range.low).toBeLessThan(unknown.score);
    expect(unknown.range.high).toBeGreaterThan(unknown.score);
  });

  it('reads hours as ideal days and floors a zero estimate', () => {
    expect(effortSpread([item({ estimate: { value: 16, unit: 'hours' } })])?.typical).toBe(2);
    expect(effortSpread([item({ estimate: { value: 0, unit: 'points' } })])?.typical).toBe(0.5);
  });

  it('knows Jira, Linear, P-numbers and translated priorities, and guesses nothing', () => {
    expect(['Highest', 'Urgent', 'P1', 'Alta', 'Niedrig', 'Lowest', '最高'].map(priorityPoints)).toEqual([
      5, 5, 5, 4, 2, 1, 5,
    ]);
    expect(priorityPoints('Whenever')).toBeUndefined();
  });
});

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

describe('signals on a backlog that mixes story points with time-only estimates', () => {
  const at = (key: string, estimate: WorkItem['estimate'], timeEstimate?: WorkItem['estimate']) =>
    WorkItemSchema.parse({
      id: key,
      key,
      title: key,
      statusCategory: 'todo',
      priority: 'Medium',
      ...(estimate ? { estimate } : {}),
      ...(timeEstimate ? { timeEstimate } : {}),
    });
  const pts = (v: number) => ({ value: v, unit: 'points' as const });
  const hrs = (v: number) => ({ value: v, unit: 'hours' as const });
  const effortOf = (scores: ReturnType<typeof scoreAllSignals>, key: string) => {
    const r = scores.find((s) => s.key === key)!.result;
    if (!r.ok) throw new Error('not scored');
    return r.explanation.factors.find((f) => f.name === 'effort');
  };

  it('does not rank a 2-hour sub-task first: with no item having both, its effort is unknown', () => {
    const items = [at('A', pts(3)), at('B', pts(5)), at('SUB', hrs(2))];
    const scores = scoreAllSignals(items);
    const ranked = [...scores].sort(
      (a, b) => (b.result.ok ? b.result.score : 0) - (a.result.ok ? a.result.score : 0),
    );
    expect(ranked[0]?.key).not.toBe('SUB');
    expect(effortOf(scores, 'SUB')?.input).toBe('unknown (2 hours, not comparable with story points)');
    expect(signalsEffortNote(items)).toMatch(
      /^1 item\(s\) have only a time estimate .* signals treats their effort as unknown/,
    );
  });

  it('converts a time-only estimate at the median points per day of the items that have both', () => {
    // 5 points over 16 h (2 days) and 2 points over 8 h (1 day): 2.5 and 2, median 2.25 per day.
    const items = [at('A', pts(5), hrs(16)), at('B', pts(2), hrs(8)), at('T', hrs(32))];
    expect(effortOf(scoreAllSignals(items), 'T')?.normalised).toBe(9);
    expect(signalsEffortNote(items)).toContain('median 2.25 point(s) per day');
  });

  it('leaves a backlog in one unit as it was', () => {
    const items = [at('A', hrs(16)), at('B', hrs(4))];
    expect(signalsEffortNote(items)).toBeUndefined();
    expect(effortOf(scoreAllSignals(items), 'A')?.normalised).toBe(2);
  });
});
