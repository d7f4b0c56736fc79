import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures/loadFixture';
import { problemText } from '../../test/support/results';
import { defaultConfig } from '../config/config';
import { loadBacklogText } from '../load/loadBacklog';
import { isJiraSearchResponse } from './fromJiraJson';

describe('isJiraSearchResponse', () => {
  it('accepts a search response and nothing else', () => {
    expect(isJiraSearchResponse({ issues: [{ key: 'A-1', fields: {} }] })).toBe(true);
    expect(isJiraSearchResponse({ issues: [] })).toBe(false);
    expect(isJiraSearchResponse({ issues: [], isLast: true })).toBe(true);
    expect(isJiraSearchResponse({ startAt: 0, maxResults: 50, total: 0, issues: [] })).toBe(true);
    expect(isJiraSearchResponse({ items: [] })).toBe(false);
    expect(isJiraSearchResponse({ issues: [{ key: 'A-1' }] })).toBe(false);
    expect(isJiraSearchResponse([{ key: 'A-1', fields: {} }])).toBe(false);
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

describe('a search that matched nothing', () => {
  it('loads as an empty backlog instead of an unknown JSON format', async () => {
    const loaded = await loadBacklogText('{"issues":[],"isLast":true}', 'search.json', defaultConfig());
    expect(loaded).toMatchObject({ ok: true, value: { format: 'json', backlog: { items: [] } } });
  });
});

describe('a page of a longer search, or its issues saved alone', () => {
  const issue = { id: '1', key: 'A-1', fields: { summary: 'x', status: { name: 'To Do' } } };

  it('warns that only one page is read when isLast is false or startAt + issues < total', async () => {
    for (const page of [
      { issues: [issue], nextPageToken: 'CAEaAggD', isLast: false },
      { startAt: 0, maxResults: 1, total: 120, issues: [issue] },
    ]) {
      const loaded = await loadBacklogText(JSON.stringify(page), 'page1.json', defaultConfig());
      expect(loaded.ok && loaded.value.warnings[0]).toMatch(
        /^this is one page of a longer Jira search \((isLast is false|total is 120)\): only its 1 issue\(s\) are read; save every page/,
      );
    }
    const last = await loadBacklogText(
      JSON.stringify({ issues: [issue], isLast: true }),
      'a.json',
      defaultConfig(),
    );
    expect(last.ok && last.value.warnings.some((w) => w.includes('one page'))).toBe(false);
  });

  it('reads a bare list of issues as Jira issues, not as a broken Trailmap backlog', async () => {
    const loaded = await loadBacklogText(JSON.stringify([issue]), 'issues.json', defaultConfig());
    expect(loaded).toMatchObject({ ok: true, value: { backlog: { items: [{ key: 'A-1', title: 'x' }] } } });
    const own = [{ id: '1', key: 'A-1', title: 'own', statusCategory: 'todo', fields: { reach: 3 } }];
    const trailmap = await loadBacklogText(JSON.stringify(own), 'items.json', defaultConfig());
    expect(trailmap).toMatchObject({
      ok: true,
      value: { backlog: { items: [{ title: 'own', fields: { reach: 3 } }] } },
    });
  });
});

describe('an untrusted issue id', () => {
  it('is rejected with one line naming issues[i].id (an object id used to crash String())', async () => {
    const json = JSON.stringify({ issues: [{ id: { toString: [] }, key: 'A-1', fields: {} }] });
    const failure = await loadBacklogText(json, 'search.json', defaultConfig());
    expect(failure).toMatchObject({ ok: false, problems: [{ code: 'invalid', received: 'an object' }] });
    expect(problemText(failure)).toBe(
      'search.json: issues[0].id is an object; expected the issue id as a string or number (save the response of /rest/api/3/search/jql unchanged)',
    );
  });
});

describe('a search saved without expand=names', () => {
  // /rest/api/3/search/jql?jql=…&fields=*all[&expand=schema]: custom fields keyed by id only.
  const issue = {
    id: '10002',
    key: 'SHOP-2',
    fields: {
      summary: 'Pay by link',
      status: { name: 'To Do', statusCategory: { key: 'new' } },
      fixVersions: [{ id: '10100', name: 'v2.1', releaseDate: '2026-04-30', released: false }],
      customfield_10016: 5,
      customfield_10020: [
        { id: 7, name: 'SHOP Sprint 4', state: 'active', startDate: '2026-02-02T09:00:00.000Z' },
      ],
      customfield_10050: 1200,
    },
  };
  const load = async (response: object) => {
    const loaded = await loadBacklogText(JSON.stringify(response), 'search.json', defaultConfig());
    if (!loaded.ok) throw new Error(problemText(loaded));
    return loaded.value;
  };

  it('reads story points and sprint through the schema map (expand=schema)', async () => {
    const { backlog, warnings } = await load({
      isLast: true,
      issues: [{ ...issue, fields: { ...issue.fields, fixVersions: [] } }],
      schema: {
        customfield_10016: {
          type: 'number',
          custom: 'com.pyxis.greenhopper.jira:jsw-story-points',
          customId: 10016,
        },
        customfield_10020: {
          type: 'array',
          items: 'json',
          custom: 'com.pyxis.greenhopper.jira:gh-sprint',
          customId: 10020,
        },
        customfield_10050: {
          type: 'number',
          custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float',
          customId: 10050,
        },
      },
    });
    expect(backlog.items[0]).toMatchObject({
      estimate: { value: 5, unit: 'points' },
      release: 'SHOP Sprint 4',
    });
    expect(backlog.releases).toMatchObject([{ name: 'SHOP Sprint 4', start: '2026-02-02', released: false }]);
    // The float field has no type Jira owns: only names could say it is Reach.
    expect(warnings.filter((w) => w.includes('expand=names'))).toEqual([
      expect.stringMatching(/^1 custom field\(s\) with values were not read \(customfield_10050\)/),
    ]);
  });

  it('without names or schema, warns once naming how many custom fields went unread and how to save', async () => {
    const { warnings } = await load({
      isLast: true,
      issues: [issue, { ...issue, id: '10003', key: 'SHOP-3' }],
    });
    expect(warnings.filter((w) => w.includes('custom field'))).toEqual([
      '3 custom field(s) with values were not read (customfield_10016, customfield_10020, customfield_10050): the search was saved without expand=names, so only their ids are known; save it again with expand=names (e.g. /rest/api/3/search/jql?jql=…&fields=*all&expand=names), or map the ids in trailmap.config.json ("mapping": { "reach": ["Custom field (customfield_10050)"] })',
    ]);
    const named = await load({
      isLast: true,
      issues: [issue],
      names: {
        customfield_10016: 'Story point estimate',
        customfield_10020: 'Sprint',
        customfield_10050: 'Reach',
      },
    });
    expect(named.warnings.some((w) => w.includes('expand=names'))).toBe(false);
    expect(named.backlog.items[0]?.fields.reach).toBe(1200);
  });

  it('keeps a fix version release date and released flag', async () => {
    const { backlog } = await load({ isLast: true, issues: [issue], names: {} });
    expect(backlog.releases.find((r) => r.name === 'v2.1')).toEqual({
      id: 'v2.1',
      name: 'v2.1',
      end: '2026-04-30',
      released: false,
    });
  });
});

describe('REST Parent-Child issue links', () => {
  it('give the parent only when neither parent nor Epic Link does', async () => {
    const link = (key: string) => [{ type: { name: 'Parent-Child' }, inwardIssue: { key } }];
    const response = {
      isLast: true,
      names: { customfield_10014: 'Epic Link' },
      issues: [
        { id: '1', key: 'A-1', fields: { summary: 'program' } },
        { id: '2', key: 'A-2', fields: { summary: 'epic' } },
        { id: '3', key: 'A-3', fields: { summary: 'x', issuelinks: link('A-1') } },
        { id: '4', key: 'A-4', fields: { summary: 'y', issuelinks: link('A-1'), customfield_10014: 'A-2' } },
      ],
    };
    const loaded = await loadBacklogText(JSON.stringify(response), 's.json', defaultConfig());
    expect(loaded.ok && loaded.value.backlog.items.map((i) => i.parentKey)).toEqual([
      undefined,
      undefined,
      'A-1',
      'A-2',
    ]);
  });
});
