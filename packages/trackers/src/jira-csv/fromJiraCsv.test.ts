import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures/loadFixture';
import { okValue } from '../../test/support/results';
import { defaultConfig } from '../config/config';
import { loadBacklogText } from '../load/loadBacklog';

const byKey = async (file: string, config = {}) => {
  const loaded = await loadFixture(file, config);
  return { ...loaded, item: (key: string) => loaded.backlog.items.find((i) => i.key === key)! };
};

describe('fromJiraCsv: Cloud all-fields layout', () => {
  it('maps every concept by header name', async () => {
    const { format, item } = await byKey('jira/cloud-all-fields.csv');
    expect(format).toBe('jira-csv');
    expect(item('SHOP-1')).toMatchObject({
      id: '10001',
      title: 'Checkout redesign',
      description: 'h2. Goal\nMake checkout *fast*.',
      type: 'Epic',
      status: 'In Progress',
      statusCategory: 'in_progress',
      canceled: false,
      labels: ['ux', 'growth'],
      project: 'Shop',
      team: 'Web',
      assignee: 'Ann Lee',
      priority: 'High',
      release: 'v2.0',
      startDate: '2026-01-07',
      targetDate: '2026-03-31',
      createdAt: '2025-12-05T00:29:00.000Z',
      updatedAt: '2026-02-25T22:17:00.000Z',
      fields: { confidence: 0.8, effort: 2, impact: 2, reach: 1500, votes: 3 },
    });
    expect(item('SHOP-1').estimate).toBeUndefined();
  });

  it('reads story point estimate, parent key, resolution and completion', async () => {
    const { item } = await byKey('jira/cloud-all-fields.csv');
    expect(item('SHOP-2')).toMatchObject({
      estimate: { value: 5, unit: 'points' },
      parentKey: 'SHOP-1',
      statusCategory: 'done',
      canceled: false,
      completedAt: '2026-02-20T16:40:00.000Z',
      release: 'v1.9',
    });
    expect(item('SHOP-4')).toMatchObject({ statusCategory: 'done', canceled: true });
  });

  it('takes the completion date from Status Category Changed when Resolved is empty', async () => {
    const { backlog } = await loadFixture('jira/cloud-all-fields.csv');
    const open = backlog.items.filter((i) => i.statusCategory !== 'done');
    expect(open.every((i) => i.completedAt === undefined)).toBe(true);
    const text =
      'Issue key,Status,Resolved,Status Category,Status Category Changed\nPM-1,Done,,Done,03/Mar/26 4:05 PM\n';
    const loaded = okValue(await loadBacklogText(text, 'x.csv', defaultConfig()));
    expect(loaded.backlog.items[0]?.completedAt).toBe('2026-03-03T16:05:00.000Z');
  });

  it('reads Blocks links in both directions', async () => {
    const { item } = await byKey('jira/cloud-all-fields.csv');
    expect(item('SHOP-2').blocks).toEqual(['SHOP-3']);
    expect(item('SHOP-3').blockedBy).toEqual(['SHOP-2']);
  });

  it('ranks by LexoRank order', async () => {
    const { backlog } = await byKey('jira/cloud-all-fields.csv');
    const order = [...backlog.items].sort((a, b) => a.rank! - b.rank!).map((i) => i.key);
    expect(order).toEqual(['SHOP-2', 'SHOP-4', 'SHOP-3', 'SHOP-5', 'SHOP-1']);
  });

  it('turns Feedback issues into feedback records linked to the ideas they relate to', async () => {
    const { backlog, item } = await byKey('jira/cloud-all-fields.csv');
    expect(backlog.feedback).toEqual([
      {
        id: 'SHOP-5',
        text: "Customers ask for guest checkout\n\nWe lose buyers who won't create an account.",
        source: 'jira',
        customerId: 'initech',
        created: '2025-12-09T14:15:00.000Z',
        itemKeys: ['SHOP-1'],
        labels: [],
      },
    ]);
    expect(item('SHOP-1').feedbackIds).toEqual(['SHOP-5']);
    expect(item('SHOP-1').customerIds).toEqual(['acme', 'globex', 'initech']);
    expect(backlog.customers.map((c) => c.id)).toEqual(['acme', 'globex', 'initech']);
  });

  it('lists every fix version as a release, in natural order', async () => {
    const { backlog } = await byKey('jira/cloud-all-fields.csv');
    expect(backlog.releases.map((r) => r.name)).toEqual(['v1.9', 'v2.0']);
  });
});

describe('fromJiraCsv: current-fields layout', () => {
  it('works without Issue id or Status Category', async () => {
    const { item, warnings } = await byKey('jira/cloud-current-fields.csv');
    expect(item('WEB-7')).toMatchObject({
      id: 'WEB-7',
      type: 'Bug',
      statusCategory: 'in_progress',
      labels: ['frontend'],
    });
    expect(item('WEB-8')).toMatchObject({
      statusCategory: 'done',
      canceled: false,
      targetDate: '2026-02-15',
    });
    expect(item('WEB-9')).toMatchObject({ statusCategory: 'done', canceled: true });
    expect(warnings.join('\n')).toMatch(/3 issue\(s\).*no story points/);
  });
});

describe('fromJiraCsv: Server/DC spellings', () => {
  it('reads Fix Version/s, Due Date, Epic Link, Parent id, Original Estimate and Parent-Child links', async () => {
    const { item } = await byKey('jira/server-dc.csv');
    expect(item('OPS-1')).toMatchObject({
      release: 'R1',
      targetDate: '2025-02-28',
      createdAt: '2025-01-19T00:00:00.000Z',
      fields: {
        reach: 1200,
        business_value: 8,
        time_criticality: 5,
        risk_reduction: 3,
        job_size: 13,
        moscow: 'must',
      },
    });
    expect(item('OPS-2')).toMatchObject({
      parentKey: 'OPS-1',
      estimate: { value: 3, unit: 'points' },
      blockedBy: ['OPS-4'],
      fields: { moscow: 'should' },
    });
    expect(item('OPS-3')).toMatchObject({ parentKey: 'OPS-2', statusCategory: 'done', canceled: false });
    expect(item('OPS-4')).toMatchObject({ blocks: ['OPS-2'], canceled: true });
    expect(item('OPS-5').parentKey).toBe('OPS-4');
  });
});

describe('fromJiraCsv: BOM, semicolons, decimal commas, HH:mm dates', () => {
  it('reads the file', async () => {
    const { item } = await byKey('jira/semicolon-bom.csv');
    expect(item('DE-1')).toMatchObject({
      title: 'Suche verbessern',
      statusCategory: 'done',
      createdAt: '2025-12-05T00:29:00.000Z',
      completedAt: '2025-12-06T17:45:00.000Z',
      fields: { reach: 4.5, confidence: 0.8, ease: 7, impact: 2 },
    });
    expect(item('DE-2')).toMatchObject({
      statusCategory: 'in_progress',
      fields: { reach: 1200, confidence: 0.8, impact: 3 },
    });
    expect(item('DE-3')).toMatchObject({ statusCategory: 'todo', createdAt: '2025-12-07T16:38:58.679Z' });
  });
});

describe('fromJiraCsv: localized headers', () => {
  it('reads Spanish column names', async () => {
    const { item } = await byKey('jira/spanish.csv');
    expect(item('ES-1')).toMatchObject({
      id: '40001',
      title: 'Mejorar búsqueda',
      parentKey: 'ES-2',
      assignee: 'Lucía Gómez',
      fields: { reach: 250 },
    });
  });
});

describe('fromJiraCsv: config mapping', () => {
  it('adds column aliases for slots and fields', async () => {
    const { item } = await byKey('jira/cloud-all-fields.csv', {
      mapping: {
        initiative: ['Custom field (Issue color)'],
        effort: ['Custom field (Story point estimate)'],
      },
    });
    expect(item('SHOP-1').initiative).toBe('purple');
    expect(item('SHOP-2').fields.effort).toBe(5);
  });

  it('reads times in the configured zone', async () => {
    const { item } = await byKey('jira/cloud-all-fields.csv', { dates: { utcOffset: '+01:00' } });
    expect(item('SHOP-1').createdAt).toBe('2025-12-04T23:29:00.000Z');
  });
});

describe('all-numeric dates that read either way', () => {
  // An Excel re-save of a Jira export: every date ≤ 12/12, so day-first and month-first both parse.
  const text = [
    'Summary,Issue key,Issue Type,Status,Created,Due date',
    'A,PM-1,Story,To Do,03/04/26 10:00,05/06/26',
    'B,PM-2,Story,To Do,02/01/26 09:30,',
  ].join('\n');

  it('are read day-first with one warning naming the columns, the assumption and the option', async () => {
    const loaded = okValue(await loadBacklogText(text, 'excel.csv', defaultConfig()));
    expect(loaded.backlog.items[0]?.targetDate).toBe('2026-06-05');
    expect(loaded.guessedDateOrder).toBe('dmy');
    expect(loaded.warnings.filter((w) => w.includes('all-numeric'))).toEqual([
      'all-numeric dates in "Created", "Due date" read either way (e.g. 03/04/26 10:00); read day-first (03/04/26 10:00 = 2026-04-03); if they are month-first, set "dates": { "order": "mdy" } in trailmap.config.json',
    ]);
  });

  it('are read as dates.order says, without a warning', async () => {
    const loaded = okValue(
      await loadBacklogText(text, 'excel.csv', { ...defaultConfig(), dates: { order: 'mdy' } }),
    );
    expect(loaded.backlog.items[0]?.targetDate).toBe('2026-05-06');
    expect(loaded.guessedDateOrder).toBeUndefined();
    expect(loaded.warnings.some((w) => w.includes('all-numeric'))).toBe(false);
  });

  it('give no warning when one value decides the order', async () => {
    const decided = `${text}\nC,PM-3,Story,To Do,25/01/26 09:30,`;
    const loaded = okValue(await loadBacklogText(decided, 'excel.csv', defaultConfig()));
    expect(loaded.warnings.some((w) => w.includes('all-numeric'))).toBe(false);
    expect(loaded.guessedDateOrder).toBeUndefined();
  });
});

describe('Parent-Child issue links (Server/DC, Advanced Roadmaps hierarchy)', () => {
  const header =
    'Summary,Issue key,Issue id,Issue Type,Status,Outward issue link (Parent-Child),Inward issue link (Parent-Child),Parent,Custom field (Epic Link)';
  const load = async (rows: string[]) => {
    const loaded = okValue(await loadBacklogText([header, ...rows].join('\n'), 'dc.csv', defaultConfig()));
    return Object.fromEntries(loaded.backlog.items.map((i) => [i.key, i.parentKey]));
  };

  it('read as the parent when no Parent or Epic Link column names one (outward = is parent of)', async () => {
    expect(
      await load([
        'Program,PM-1,1,Initiative,To Do,PM-2,,,',
        'Feature,PM-2,2,Epic,To Do,,,,',
        'Story,PM-3,3,Story,To Do,,PM-2,,',
      ]),
    ).toEqual({ 'PM-1': undefined, 'PM-2': 'PM-1', 'PM-3': 'PM-2' });
  });

  it('never override a Parent or Epic Link value, from either end of the link', async () => {
    expect(
      await load([
        'Program,PM-1,1,Initiative,To Do,PM-3,,,',
        'Epic,PM-2,2,Epic,To Do,,,,',
        // PM-1 names PM-3 as its child and PM-3 names PM-1 as its parent; its Parent column says PM-2.
        'Story,PM-3,3,Story,To Do,,PM-1,2,',
        'Story,PM-4,4,Story,To Do,,PM-1,,PM-2',
      ]),
    ).toEqual({ 'PM-1': undefined, 'PM-2': undefined, 'PM-3': 'PM-2', 'PM-4': 'PM-2' });
  });

  it('accept the type spelt Parent/Child or Parent Child', async () => {
    const other = header
      .replace('(Parent-Child)', '(Parent/Child)')
      .replace('(Parent-Child)', '(Parent Child)');
    const loaded = okValue(
      await loadBacklogText(
        [
          other,
          'Epic,PM-1,1,Epic,To Do,PM-2,,,',
          'Story,PM-2,2,Story,To Do,,,,',
          'Story,PM-3,3,Story,To Do,,PM-1,,',
        ].join('\n'),
        'dc.csv',
        defaultConfig(),
      ),
    );
    expect(loaded.backlog.items.map((i) => i.parentKey)).toEqual([undefined, 'PM-1', 'PM-1']);
  });
});

describe('Original estimate beside Story Points', () => {
  it('is kept as timeEstimate, so signals can compare items estimated only in time', async () => {
    const text = [
      'Summary,Issue key,Issue Type,Status,Custom field (Story Points),Original estimate',
      'A,PM-1,Story,To Do,5,57600',
      'B,PM-2,Sub-task,To Do,,7200',
    ].join('\n');
    const items = okValue(await loadBacklogText(text, 'mixed.csv', defaultConfig())).backlog.items;
    expect(items[0]).toMatchObject({
      estimate: { value: 5, unit: 'points' },
      timeEstimate: { value: 16, unit: 'hours' },
    });
    expect(items[1]).toMatchObject({ estimate: { value: 2, unit: 'hours' } });
    expect(items[1]?.timeEstimate).toBeUndefined();
  });
});
