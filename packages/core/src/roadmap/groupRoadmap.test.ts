import { describe, expect, it } from 'vitest';
import { release, SAMPLE_TODAY, sampleProductBacklog, workItem } from './__fixtures__/roadmapFixtures';
import { type GroupRoadmapOptions, groupRoadmap, type RoadmapBoard, type RoadmapEntry } from './groupRoadmap';
import type { RoadmapGroup } from './groupTree';

const releases = [
  release({ id: 'r1', name: 'v1', start: '2026-01-01', end: '2026-01-31', released: true }),
  release({ id: 'r2', name: 'v2', start: '2026-02-01', end: '2026-02-28' }),
  release({ id: 'r3', name: 'v3', start: '2026-03-01', end: '2026-03-31' }),
];
const today = '2026-02-10';

function board(
  items: Parameters<typeof groupRoadmap>[0],
  options: Partial<GroupRoadmapOptions> = {},
): RoadmapBoard {
  const result = groupRoadmap(items, { today, releases, ...options });
  if (!result.ok) throw new Error(result.problems[0].message);
  return result.value;
}

function leafEntries(groups: readonly RoadmapGroup<RoadmapEntry>[]): RoadmapEntry[] {
  return groups.flatMap((g) => [...g.items, ...leafEntries(g.groups)]);
}

function placementOf(b: RoadmapBoard, key: string): { column: string; ruleId: string } | undefined {
  for (const column of b.columns) {
    const entry = leafEntries(column.groups).find((e) => e.item.key === key);
    if (entry) return { column: column.id, ruleId: entry.placement.ruleId };
  }
  return undefined;
}

describe('groupRoadmap placement', () => {
  it('puts in-progress items in Now, recording the rule', () => {
    const b = board([workItem({ key: 'A', statusCategory: 'in_progress' })]);
    expect(placementOf(b, 'A')).toEqual({ column: 'now', ruleId: 'in-progress' });
  });

  it('puts an item whose child is in progress in Now (status roll-up)', () => {
    const b = board(
      [workItem({ key: 'E' }), workItem({ key: 'S', parentKey: 'E', statusCategory: 'in_progress' })],
      {
        level: 'top',
      },
    );
    expect(placementOf(b, 'E')).toEqual({ column: 'now', ruleId: 'child-in-progress' });
  });

  it('puts items of the current release in Now, matched by release name or id', () => {
    const b = board([workItem({ key: 'A', release: 'v2' }), workItem({ key: 'B', release: 'r2' })]);
    expect([placementOf(b, 'A'), placementOf(b, 'B')]).toEqual([
      { column: 'now', ruleId: 'current-release' },
      { column: 'now', ruleId: 'current-release' },
    ]);
  });

  it('puts items of the next release in Next', () => {
    expect(placementOf(board([workItem({ key: 'A', release: 'v3' })]), 'A')).toEqual({
      column: 'next',
      ruleId: 'next-release',
    });
  });

  it('puts the top N by score among the remaining items in Next, the rest in Later', () => {
    const items = ['A', 'B', 'C', 'D'].map((key) => workItem({ key }));
    const scores = new Map([
      ['A', 1],
      ['B', 9],
      ['C', 5],
    ]);
    const b = board(items, { scores, topN: 2 });
    expect(['A', 'B', 'C', 'D'].map((k) => placementOf(b, k)?.column)).toEqual([
      'later',
      'next',
      'next',
      'later',
    ]);
  });

  it('counts the top N after earlier rules, so an in-progress top item does not use a slot', () => {
    const items = [
      workItem({ key: 'A', statusCategory: 'in_progress' }),
      workItem({ key: 'B' }),
      workItem({ key: 'C' }),
    ];
    const scores = new Map([
      ['A', 10],
      ['B', 5],
      ['C', 1],
    ]);
    const b = board(items, { scores, topN: 1 });
    expect(['A', 'B', 'C'].map((k) => placementOf(b, k)?.column)).toEqual(['now', 'next', 'later']);
  });

  it('uses the current-by-date release, else the first unreleased one', () => {
    const noDates = [release({ id: 'x', name: 'old', released: true }), release({ id: 'y', name: 'soon' })];
    const b = groupRoadmap([], { today, releases: noDates });
    expect(b.ok && b.value.currentRelease?.name).toBe('soon');
  });

  it('applies configured rules in order and names the rule that matched', () => {
    const b = board(
      [workItem({ key: 'A', labels: ['security'] }), workItem({ key: 'B', fields: { bet: 'big' } })],
      {
        rules: [
          { when: 'label', label: 'security', column: 'now' },
          { id: 'big-bets', when: 'field', field: 'bet', equals: 'big', column: 'next' },
        ],
      },
    );
    expect([placementOf(b, 'A'), placementOf(b, 'B')]).toEqual([
      { column: 'now', ruleId: 'label-security' },
      { column: 'next', ruleId: 'big-bets' },
    ]);
  });

  it('supports custom rules and target-within rules', () => {
    const b = board([workItem({ key: 'A', type: 'Bug' }), workItem({ key: 'B', targetDate: '2026-02-20' })], {
      rules: [
        { id: 'bugs', when: 'custom', description: 'Bugs', column: 'now', test: (i) => i.type === 'Bug' },
        { when: 'target-within', days: 14, column: 'next' },
      ],
    });
    expect([placementOf(b, 'A'), placementOf(b, 'B')]).toEqual([
      { column: 'now', ruleId: 'bugs' },
      { column: 'next', ruleId: 'target-within-14' },
    ]);
  });

  it('shows items done in the current release in Now, marked done, and leaves older done items out', () => {
    const items = [
      workItem({ key: 'A', statusCategory: 'done', release: 'v2' }),
      workItem({ key: 'B', statusCategory: 'done', completedAt: '2026-02-05T09:00:00Z' }),
      workItem({ key: 'C', statusCategory: 'done', release: 'v1' }),
    ];
    const b = board(items);
    expect({
      now: leafEntries(b.columns[0].groups).map((e) => [e.item.key, e.done, e.placement.ruleId]),
      excluded: b.excluded.map((e) => [e.item.key, e.reason]),
    }).toEqual({
      now: [
        ['A', true, 'done-in-current-release'],
        ['B', true, 'done-in-current-release'],
      ],
      excluded: [['C', 'done']],
    });
  });

  it('hides every done item with done: hide, and always leaves cancelled items out', () => {
    const items = [
      workItem({ key: 'A', statusCategory: 'done', release: 'v2' }),
      workItem({ key: 'B', canceled: true, statusCategory: 'done', release: 'v2' }),
    ];
    expect(board(items, { done: 'hide' }).excluded.map((e) => [e.item.key, e.reason])).toEqual([
      ['A', 'done'],
      ['B', 'canceled'],
    ]);
  });

  it('shows only top-level items with level top, counting children out as rolled up', () => {
    const items = [
      workItem({ key: 'E' }),
      workItem({ key: 'S', parentKey: 'E' }),
      workItem({ key: 'O', parentKey: 'X' }),
    ];
    const b = board(items, { level: 'top' });
    expect(b.excluded.map((e) => [e.item.key, e.reason])).toEqual([['S', 'child']]);
  });
});

describe('groupRoadmap grouping', () => {
  it('groups by a field with an explicit "No …" group last', () => {
    const items = [
      workItem({ key: 'A', initiative: 'Growth' }),
      workItem({ key: 'B' }),
      workItem({ key: 'C', initiative: 'Alpha' }),
    ];
    const later = board(items, { groupBy: 'initiative' }).columns[2];
    expect(later.groups.map((g) => [g.label, g.total])).toEqual([
      ['Alpha', 1],
      ['Growth', 1],
      ['No initiative', 1],
    ]);
  });

  it('nests groups: initiative, then project', () => {
    const items = [
      workItem({ key: 'A', initiative: 'G', project: 'Web' }),
      workItem({ key: 'B', initiative: 'G' }),
      workItem({ key: 'C', initiative: 'G', project: 'Api' }),
    ];
    const [g] = board(items, { groupBy: ['initiative', 'project'] }).columns[2].groups;
    expect(g?.groups.map((sub) => [sub.label, sub.items.map((e) => e.item.key)])).toEqual([
      ['Api', ['C']],
      ['Web', ['A']],
      ['No project', ['B']],
    ]);
  });

  it('lets stories inherit the initiative of their epic', () => {
    const items = [workItem({ key: 'E', initiative: 'Growth' }), workItem({ key: 'S', parentKey: 'E' })];
    const later = board(items, { groupBy: 'initiative' }).columns[2];
    expect(later.groups.map((g) => [g.label, g.total])).toEqual([['Growth', 2]]);
  });

  it('orders release groups by delivery order, not by name', () => {
    const items = [workItem({ key: 'A', release: 'v3' }), workItem({ key: 'B', release: 'v1' })];
    const b = board(items, { groupBy: 'release', rules: [] });
    expect(b.columns[2].groups.map((g) => g.label)).toEqual(['v1', 'v3']);
  });

  it('groups a multi-labelled item once, under its primary label, listing the others', () => {
    const items = [workItem({ key: 'A', labels: ['ux', 'security'] })];
    const b = board(items, { groupBy: 'label', labelOrder: ['security'] });
    const [group] = b.columns[2].groups;
    expect([group?.label, group?.items[0]?.otherLabels]).toEqual(['security', ['ux']]);
  });

  it('sorts within a group by score, then rank, then key', () => {
    const items = [
      workItem({ key: 'PM-10', rank: 1 }),
      workItem({ key: 'PM-2' }),
      workItem({ key: 'PM-3', rank: 2 }),
      workItem({ key: 'PM-4' }),
    ];
    const b = board(items, { scores: new Map([['PM-4', 3]]), rules: [] });
    expect(leafEntries(b.columns[2].groups).map((e) => e.item.key)).toEqual([
      'PM-4',
      'PM-10',
      'PM-3',
      'PM-2',
    ]);
  });

  it('attaches progress and risks to entries', () => {
    const { items, releases: rs, scores } = sampleProductBacklog();
    const b = groupRoadmap(items, { today: SAMPLE_TODAY, releases: rs, scores });
    const pm1 = b.ok ? leafEntries(b.value.columns[0].groups).find((e) => e.item.key === 'PM-1') : undefined;
    expect([pm1?.progress?.done, pm1?.progress?.total, pm1?.risks.map((r) => r.code)]).toEqual([
      1,
      3,
      ['target_before_child'],
    ]);
  });
});

describe('groupRoadmap bad input', () => {
  it('reports an invalid today naming the field', () => {
    const r = groupRoadmap([], { today: '2026-02-30' });
    expect(r.ok ? [] : r.problems.map((p) => p.field)).toEqual(['today']);
  });

  it('reports an unknown group field and duplicate keys', () => {
    const r = groupRoadmap([workItem({ key: 'A' }), workItem({ key: 'A' })], {
      today,
      groupBy: ['colour' as never],
    });
    expect(r.ok ? [] : r.problems.map((p) => [p.field, p.code])).toEqual([
      ['groupBy[0]', 'invalid'],
      ['items[1].key', 'duplicate'],
    ]);
  });

  it('rejects a negative topN', () => {
    const r = groupRoadmap([], { today, topN: -1 });
    expect(r.ok ? undefined : r.problems[0].field).toBe('topN');
  });

  it('warns about a start after the target and links to unknown items', () => {
    const b = board([
      workItem({ key: 'A', startDate: '2026-03-01', targetDate: '2026-02-01', blockedBy: ['ZZ'] }),
    ]);
    expect(b.warnings.map((w) => w.code)).toEqual(['start_after_target', 'unknown_dependency']);
  });
});
