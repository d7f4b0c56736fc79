import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBacklog } from '@trailmap/trackers';
import { describe, expect, it } from 'vitest';
import { renderSamples } from '../../scripts/sampleBacklog/render';
import { inputValue } from '../../src/errors';

const samples = join(import.meta.dirname, '..', '..', 'samples');

describe('the committed samples', async () => {
  const jira = inputValue(await loadBacklog(join(samples, 'backlog.jira.csv')));
  const linear = inputValue(await loadBacklog(join(samples, 'backlog.linear.csv')));
  const byKey = new Map(linear.backlog.items.map((i) => [i.key, i]));

  it('are what the generator produces (regenerate with scripts/generate-samples.ts)', () => {
    for (const [name, text] of Object.entries(renderSamples())) {
      expect(readFileSync(join(samples, name), 'utf8'), name).toBe(text);
    }
  });

  it('are recognised and import without warnings about lost data', () => {
    expect(jira.format).toBe('jira-csv');
    expect(linear.format).toBe('linear-csv');
    expect(jira.warnings.filter((w) => /ignored|not in this export/.test(w))).toEqual([]);
    expect(linear.warnings).toEqual([]);
  });

  it('hold a realistic backlog', () => {
    const items = jira.backlog.items;
    expect(items.length).toBeGreaterThanOrEqual(130);
    expect(jira.backlog.feedback.length).toBeGreaterThanOrEqual(25);
    expect(items.filter((i) => i.type === 'Epic').length).toBeGreaterThanOrEqual(10);
    expect(items.filter((i) => i.completedAt).length).toBeGreaterThanOrEqual(20);
    expect(items.filter((i) => i.canceled).length).toBeGreaterThan(0);
    expect(items.filter((i) => i.blockedBy.length > 0).length).toBeGreaterThanOrEqual(10);
    const ideas = items.filter((i) => i.type === 'Idea');
    expect(ideas.filter((i) => i.fields.reach === undefined).length).toBeGreaterThan(0);
    expect(ideas.filter((i) => i.fields.reach !== undefined).length).toBeGreaterThan(ideas.length / 2);
    expect(jira.backlog.customers.every((c) => c.revenue !== undefined && c.tier)).toBe(true);
    expect(jira.backlog.releases.every((r) => r.capacity !== undefined)).toBe(true);
  });

  it('import to the same items, hierarchy and dependencies from both trackers', () => {
    expect(linear.backlog.items.map((i) => i.key)).toEqual(jira.backlog.items.map((i) => i.key));
    for (const a of jira.backlog.items) {
      const b = byKey.get(a.key)!;
      const shared = (i: typeof a) => ({
        title: i.title,
        description: i.description,
        statusCategory: i.statusCategory,
        canceled: i.canceled,
        estimate: i.estimate,
        parentKey: i.parentKey,
        initiative: i.initiative,
        theme: i.theme,
        team: i.team,
        release: i.release,
        rank: i.rank,
        startDate: i.startDate,
        targetDate: i.targetDate,
        blockedBy: i.blockedBy,
        blocks: i.blocks,
        feedbackIds: i.feedbackIds,
        customerIds: i.customerIds,
        createdAt: i.createdAt,
        completedAt: i.completedAt,
        fields: { ...i.fields, votes: undefined, watchers: undefined, components: undefined },
      });
      expect(shared(b), a.key).toEqual(shared(a));
    }
  });

  it('import to the same feedback, customers and releases', () => {
    const strip = (f: (typeof jira.backlog.feedback)[number]) => ({ ...f, source: undefined });
    expect(linear.backlog.feedback.map(strip)).toEqual(jira.backlog.feedback.map(strip));
    expect(linear.backlog.customers).toEqual(jira.backlog.customers);
    expect(linear.backlog.releases).toEqual(jira.backlog.releases);
  });
});
