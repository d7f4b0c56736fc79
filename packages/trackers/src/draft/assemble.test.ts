import { describe, expect, it } from 'vitest';
import { okValue, problemText } from '../../test/support/results';
import { defaultConfig, TrailmapConfigSchema } from '../config/config';
import { loadBacklogText } from '../load/loadBacklog';
import { assembleBacklog, customerIdFor, orderReleases } from './assemble';
import { type DraftBacklog, newDraftItem } from './draft';

const draft = (keys: string[], extra: Partial<DraftBacklog> = {}): DraftBacklog => ({
  source: 'jira',
  items: keys.map((key, i) =>
    newDraftItem(i + 2, { id: `${i + 1}`, key, title: key, statusCategory: 'todo' }),
  ),
  releases: [],
  warnings: [],
  ...extra,
});

describe('customerIdFor', () => {
  it('makes a stable slug from a customer name', () => {
    expect(customerIdFor('Acme Corp.')).toBe('acme-corp');
    expect(customerIdFor('  Société Générale ')).toBe('societe-generale');
    expect(customerIdFor('ACME corp')).toBe('acme-corp');
  });
});

describe('assembleBacklog', () => {
  it('resolves numeric parent ids to keys and warns about unknown parents', () => {
    const d = draft(['PM-1', 'PM-2', 'PM-3']);
    d.items[1]!.parentId = '1';
    d.items[2]!.parentId = '99';
    const { backlog, warnings } = okValue(assembleBacklog(d, defaultConfig(), 'a.csv'));
    expect(backlog.items[1]?.parentKey).toBe('PM-1');
    expect(backlog.items[2]?.parentKey).toBeUndefined();
    expect(warnings).toEqual(['1 item(s) have a parent that is not in this export: PM-3 (parent id 99)']);
  });

  it('orders config releases first, then export releases, then other names naturally', () => {
    const d = draft(['PM-1', 'PM-2', 'PM-3'], {
      releases: [{ id: 'Cycle 2', name: 'Cycle 2', start: '2026-02-01' }],
    });
    d.items[0]!.item.release = 'v1.10';
    d.items[1]!.item.release = 'v1.9';
    d.items[2]!.item.release = 'Cycle 2';
    const config = TrailmapConfigSchema.parse({ releases: [{ name: 'v1.10', capacity: 8 }] });
    const { backlog } = okValue(assembleBacklog(d, config, 'a.csv'));
    expect(backlog.releases).toEqual([
      { id: 'v1.10', name: 'v1.10', capacity: 8, released: false },
      { id: 'Cycle 2', name: 'Cycle 2', start: '2026-02-01', released: false },
      { id: 'v1.9', name: 'v1.9', released: false },
    ]);
  });

  it('adds config customers never named in the export and matches aliases', () => {
    const d = draft(['PM-1']);
    d.items[0]!.customerNames = ['ACME Inc'];
    const config = TrailmapConfigSchema.parse({
      customers: [
        { name: 'Acme', aliases: ['ACME Inc'], revenue: 5 },
        { name: 'Globex', tier: 'pro' },
      ],
    });
    const { backlog } = okValue(assembleBacklog(d, config, 'a.csv'));
    expect(backlog.items[0]?.customerIds).toEqual(['acme']);
    expect(backlog.customers).toEqual([
      { id: 'acme', name: 'Acme', revenue: 5 },
      { id: 'globex', name: 'Globex', tier: 'pro' },
    ]);
  });

  it('drops self-links and keeps dependencies symmetric and sorted', () => {
    const d = draft(['PM-1', 'PM-2', 'PM-10']);
    d.items[0]!.item.blocks = ['PM-10', 'PM-2', 'PM-1'];
    const { backlog } = okValue(assembleBacklog(d, defaultConfig(), 'a.csv'));
    expect(backlog.items[0]?.blocks).toEqual(['PM-2', 'PM-10']);
    expect(backlog.items[0]?.blockedBy).toEqual([]);
    expect(backlog.items[2]?.blockedBy).toEqual(['PM-1']);
  });

  it('warns about a dependency cycle', () => {
    const d = draft(['PM-1', 'PM-2', 'PM-3']);
    d.items[0]!.item.blockedBy = ['PM-2'];
    d.items[1]!.item.blockedBy = ['PM-3'];
    d.items[2]!.item.blockedBy = ['PM-1'];
    const { warnings } = okValue(assembleBacklog(d, defaultConfig(), 'a.csv'));
    expect(warnings).toEqual(['dependency cycle: PM-1 → PM-2 → PM-3 → PM-1 (planning will report it)']);
    expect(okValue(assembleBacklog(draft(['PM-1']), defaultConfig(), 'a.csv')).warnings).toEqual([]);
  });

  it('names the row of an item the core schema rejects', () => {
    const d = draft(['PM-1', 'PM-2']);
    d.items[1]!.item.targetDate = '2026-02-30';
    const rejected = assembleBacklog(d, defaultConfig(), 'a.csv');
    expect(rejected).toMatchObject({ ok: false, problems: [{ row: 3, code: 'invalid' }] });
    expect(problemText(rejected)).toMatch(/^a\.csv: row 3: field "targetDate": /);
  });
});

describe('releases from an export', () => {
  it('orders dated releases by date, the rest by version sequence, so "IP 24.02 Nov08" precedes "24.04"', () => {
    expect(
      orderReleases([
        { id: '24.04', name: '24.04' },
        { id: 'ip', name: 'IP 24.02 Nov08' },
        { id: 'late', name: 'Zeta', end: '2026-05-01' },
        { id: 'early', name: 'Alpha', end: '2026-02-01' },
        { id: '24.10', name: '24.10' },
      ]).map((r) => r.name),
    ).toEqual(['Alpha', 'Zeta', 'IP 24.02 Nov08', '24.04', '24.10']);
  });

  it('marks a release whose items are all done as released, so it is never current', async () => {
    const { backlog } = okValue(
      await loadBacklogText(
        'Summary,Issue key,Status,Sprint\nA,PM-1,Done,Sprint 1\nB,PM-2,To Do,Sprint 2\nC,PM-3,Done,Sprint 2\n',
        'a.csv',
        defaultConfig(),
      ),
    );
    expect(backlog.releases.map((r) => [r.name, r.released ?? false])).toEqual([
      ['Sprint 1', true],
      ['Sprint 2', false],
    ]);
  });
});
