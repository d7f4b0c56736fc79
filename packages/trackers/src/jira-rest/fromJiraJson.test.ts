import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures/loadFixture';
import { isJiraSearchResponse, jiraSearchToTable } from './fromJiraJson';

describe('isJiraSearchResponse', () => {
  it('accepts a search response and nothing else', () => {
    expect(isJiraSearchResponse({ issues: [{ key: 'A-1', fields: {} }] })).toBe(true);
    expect(isJiraSearchResponse({ issues: [] })).toBe(false);
    expect(isJiraSearchResponse({ items: [] })).toBe(false);
    expect(isJiraSearchResponse({ issues: [{ key: 'A-1' }] })).toBe(false);
    expect(isJiraSearchResponse([{ key: 'A-1', fields: {} }])).toBe(false);
  });
});

describe('jiraSearchToTable', () => {
  it('writes the headers the CSV export would, repeating multi-valued ones', () => {
    const table = jiraSearchToTable(
      {
        issues: [
          { id: '1', key: 'A-1', fields: { labels: ['x', 'y'], customfield_1: { value: 'High' } } },
          { id: '2', key: 'A-2', fields: { labels: ['z'] } },
        ],
        names: { customfield_1: 'Impact' },
      },
      'a.json',
    );
    expect(table.header).toEqual(['Issue key', 'Issue id', 'Labels', 'Labels', 'Custom field (Impact)']);
    expect(table.rows).toEqual([
      { row: 2, cells: ['A-1', '1', 'x', 'y', 'High'] },
      { row: 3, cells: ['A-2', '2', 'z', '', ''] },
    ]);
  });
});

describe('Jira REST search JSON through loadBacklog', () => {
  it('maps like the CSV export, naming custom fields through `names`', async () => {
    const { format, backlog } = await loadFixture('jira/rest-search.json');
    expect(format).toBe('json');
    const [epic, story] = backlog.items;
    expect(epic).toMatchObject({
      key: 'SHOP-1',
      id: '10001',
      type: 'Epic',
      statusCategory: 'in_progress',
      description: 'Goal\nMake checkout fast',
      labels: ['ux', 'growth'],
      release: 'v2.0',
      project: 'Shop',
      assignee: 'Ann Lee',
      priority: 'High',
      startDate: '2026-01-07',
      targetDate: '2026-03-31',
      createdAt: '2025-12-05T00:29:00.000Z',
      updatedAt: '2026-02-25T21:17:00.000Z',
      blocks: ['SHOP-2'],
      customerIds: ['acme', 'globex'],
      fields: { reach: 1500, confidence: 0.8, moscow: 'must' },
      rank: 2,
    });
    expect(story).toMatchObject({
      parentKey: 'SHOP-1',
      estimate: { value: 5, unit: 'points' },
      statusCategory: 'done',
      canceled: true,
      completedAt: '2026-02-20T16:40:00.000Z',
      blockedBy: ['SHOP-1'],
      rank: 1,
    });
  });
});
