import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures/loadFixture';
import { okValue } from '../../test/support/results';
import { defaultConfig } from '../config/config';
import { loadBacklogText } from '../load/loadBacklog';

const load = async (file: string, config = {}) => {
  const loaded = await loadFixture(file, config);
  return { ...loaded, item: (key: string) => loaded.backlog.items.find((i) => i.key === key) };
};

describe('fromLinearCsv: 2024-03 shape (29 columns, toString dates)', () => {
  it('maps identifiers, people, labels, cycles and dates', async () => {
    const { format, item, backlog } = await load('linear/linear-2024-03.csv');
    expect(format).toBe('linear-csv');
    expect(item('ENG-12')).toMatchObject({
      id: 'ENG-12',
      title: 'Bulk edit issues',
      team: 'Engineering',
      project: 'Editor',
      assignee: 'bo@example.com',
      priority: 'High',
      labels: ['Feature', '✨ Nice-to-have'],
      type: 'Feature',
      estimate: { value: 3, unit: 'points' },
      statusCategory: 'in_progress',
      release: 'Sprint 7',
      createdAt: '2024-05-14T08:53:33.000Z',
      targetDate: '2025-10-17',
    });
    expect(backlog.releases).toEqual([
      { id: 'Sprint 7', name: 'Sprint 7', start: '2024-05-13', end: '2024-05-27', released: false },
    ]);
  });

  it('infers done and canceled from the timestamps', async () => {
    const { item } = await load('linear/linear-2024-03.csv');
    expect(item('ENG-13')).toMatchObject({
      statusCategory: 'done',
      canceled: false,
      completedAt: '2024-05-16T12:00:00.000Z',
      parentKey: 'ENG-12',
      type: 'Bug',
      priority: 'Urgent',
    });
    expect(item('ENG-14')).toMatchObject({
      statusCategory: 'done',
      canceled: true,
      completedAt: '2024-05-16T12:00:00.000Z',
    });
    expect(item('ENG-14')?.priority).toBeUndefined();
  });

  it('skips archived open issues with a warning', async () => {
    const { item, warnings } = await load('linear/linear-2024-03.csv');
    expect(item('ENG-15')).toBeUndefined();
    expect(warnings).toContain('1 archived open issue(s) skipped (Linear hides them too)');
  });
});

describe('fromLinearCsv: 2024-09 shape (30 header columns, 29-field rows)', () => {
  it('accepts short rows and uses the milestone when there is no cycle', async () => {
    const { item } = await load('linear/linear-2024-09.csv');
    expect(item('NOR-1')).toMatchObject({
      release: 'M1: Foundations',
      targetDate: '2025-11-21',
      statusCategory: 'todo',
    });
    expect(item('NOR-2')).toMatchObject({ parentKey: 'NOR-1', statusCategory: 'todo' });
  });
});

describe('fromLinearCsv: Roadmaps and Project Milestone columns', () => {
  const header = '"ID","Team","Title","Status","Cycle Name","Initiatives","Roadmaps","Project Milestone"\n';
  const read = async (rows: string) =>
    okValue(await loadBacklogText(header + rows, 'export.csv', defaultConfig()));

  it('reads the pre-2024 Roadmaps column as the initiative when Initiatives is empty', async () => {
    const { backlog } = await read('"A-1","Core","One","Todo",,"","Growth 2024",\n');
    expect(backlog.items[0]?.initiative).toBe('Growth 2024');
  });

  it('prefers Initiatives over Roadmaps', async () => {
    const { backlog } = await read('"A-1","Core","One","Todo",,"Activation","Growth 2024",\n');
    expect(backlog.items[0]?.initiative).toBe('Activation');
  });

  it('keeps the milestone as its own field beside the cycle release', async () => {
    const { backlog } = await read('"A-1","Core","One","Todo","Sprint 3","","","M2: Beta"\n');
    expect(backlog.items[0]).toMatchObject({ release: 'Sprint 3', fields: { milestone: 'M2: Beta' } });
  });
});

describe('fromLinearCsv: 2025-11 shape (UUID)', () => {
  it('uses the UUID as id and names unnamed cycles after the team', async () => {
    const { item } = await load('linear/linear-2025-11.csv');
    expect(item('PM-40')).toMatchObject({
      id: '5f0c6a9e-2b1d-4c3e-9f8a-7b6c5d4e3f21',
      initiative: 'Activation 2026',
      release: 'Product Cycle 12',
      statusCategory: 'in_progress',
    });
  });

  it('reads name:value labels as scoring inputs and customers, keeping ordinary labels', async () => {
    const { item, backlog } = await load('linear/linear-2025-11.csv');
    expect(item('PM-41')).toMatchObject({
      labels: ['v2: beta'],
      fields: { reach: 300, moscow: 'should' },
      customerIds: ['acme-corp'],
    });
    expect(backlog.customers).toEqual([{ id: 'acme-corp', name: 'Acme Corp' }]);
  });
});

describe('fromLinearCsv: 2026-06 shape (34 columns)', () => {
  it('strips the formula guard and keeps quoted newlines', async () => {
    const { item } = await load('linear/linear-2026-06.csv');
    expect(item('KAP-5')?.description).toBe('- [X] boards\n- [ ] cards with "quotes"');
    expect(item('KAP-6')?.title).toBe('=SUM(A1) is not a formula');
  });

  it('reads Blocked by and derives blocks', async () => {
    const { item } = await load('linear/linear-2026-06.csv');
    expect(item('KAP-6')?.blockedBy).toEqual(['KAP-5']);
    expect(item('KAP-5')?.blocks).toEqual(['KAP-6']);
    expect(item('KAP-6')?.targetDate).toBe('2026-07-01');
  });

  it('marks duplicates canceled', async () => {
    const { item } = await load('linear/linear-2026-06.csv');
    expect(item('KAP-7')).toMatchObject({ statusCategory: 'done', canceled: true });
  });

  it('turns issues of a feedback team into feedback linked by Related to', async () => {
    const { backlog, item } = await load('linear/linear-2026-06.csv');
    expect(backlog.feedback).toEqual([
      {
        id: 'FB-1',
        text: 'Please import from Trello\n\nWe moved from Trello and miss it.',
        source: 'linear',
        customerId: 'globex',
        created: '2026-06-01T09:00:00.000Z',
        itemKeys: ['KAP-5'],
        labels: [],
      },
    ]);
    expect(item('KAP-5')).toMatchObject({ feedbackIds: ['FB-1'], customerIds: ['globex'] });
  });

  it('uses Estimate as effort only when mapped', async () => {
    expect((await load('linear/linear-2026-06.csv')).item('KAP-5')?.fields.effort).toBeUndefined();
    const mapped = await load('linear/linear-2026-06.csv', { mapping: { effort: ['Estimate'] } });
    expect(mapped.item('KAP-5')?.fields.effort).toBe(3);
  });
});
