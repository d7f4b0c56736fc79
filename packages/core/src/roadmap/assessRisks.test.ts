import { describe, expect, it } from 'vitest';
import { release, workItem } from './__fixtures__/roadmapFixtures';
import { assessRisks } from './assessRisks';

const today = '2026-02-01';
const codes = (risks: ReturnType<typeof assessRisks>, key: string) =>
  (risks.get(key) ?? []).map((r) => r.code);

describe('assessRisks', () => {
  it('flags a target before the item forecast', () => {
    const risks = assessRisks([workItem({ key: 'A', targetDate: '2026-03-01' })], {
      today,
      forecasts: new Map([['A', { start: '2026-02-01', end: '2026-03-02' }]]),
    });
    expect(codes(risks, 'A')).toEqual(['target_before_forecast']);
  });

  it('flags a target before the forecast of the item’s release', () => {
    const risks = assessRisks([workItem({ key: 'A', targetDate: '2026-03-01', release: 'v2' })], {
      today,
      releases: [release({ id: 'r2', name: 'v2', end: '2026-02-27' })],
      releaseForecasts: new Map([['r2', { start: '2026-02-01', end: '2026-03-10' }]]),
    });
    expect(codes(risks, 'A')).toEqual(['target_before_forecast']);
  });

  it('does not flag a target on or after the forecast end', () => {
    const risks = assessRisks([workItem({ key: 'A', targetDate: '2026-03-01' })], {
      today,
      forecasts: new Map([['A', { start: '2026-02-01', end: '2026-03-01' }]]),
    });
    expect(codes(risks, 'A')).toEqual([]);
  });

  it('flags a target before an open child’s target, naming the child', () => {
    const risks = assessRisks(
      [
        workItem({ key: 'E', targetDate: '2026-03-01' }),
        workItem({ key: 'S', parentKey: 'E', targetDate: '2026-03-05' }),
        workItem({ key: 'T', parentKey: 'E', targetDate: '2026-04-05', statusCategory: 'done' }),
      ],
      { today },
    );
    expect(risks.get('E')?.map((r) => [r.code, r.relatedKey])).toEqual([['target_before_child', 'S']]);
  });

  it('flags prerequisites that end late once, naming the latest, from either side of the link', () => {
    const items = [
      workItem({ key: 'P', targetDate: '2026-03-10', blocks: ['A'] }),
      workItem({ key: 'Q', targetDate: '2026-03-12' }),
      workItem({ key: 'A', targetDate: '2026-03-05', blockedBy: ['Q'] }),
    ];
    expect(
      assessRisks(items, { today })
        .get('A')
        ?.map((r) => [r.relatedKey, r.message]),
    ).toEqual([
      ['Q', 'target 2026-03-05 is before prerequisite Q ends (2026-03-12) and 1 other prerequisite'],
    ]);
  });

  it('flags overdue open items but never done or cancelled ones', () => {
    const risks = assessRisks(
      [
        workItem({ key: 'A', targetDate: '2026-01-15' }),
        workItem({ key: 'B', targetDate: '2026-01-15', statusCategory: 'done' }),
        workItem({ key: 'C', targetDate: '2026-01-15', canceled: true }),
      ],
      { today },
    );
    expect([...risks.keys()]).toEqual(['A']);
  });
});
