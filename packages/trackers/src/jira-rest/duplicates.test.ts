import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jiraDuplicateDoc, jiraKnownDuplicates } from './duplicates';

const adf = (text: string) => ({
  type: 'doc',
  version: 1,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

describe('jiraKnownDuplicates', () => {
  it('reads Duplicate links from both sides once, and a Duplicate resolution with one other link', () => {
    const pairs = jiraKnownDuplicates([
      {
        key: 'PM-7',
        fields: { issuelinks: [{ type: { name: 'Duplicate' }, outwardIssue: { key: 'PM-2' } }] },
      },
      {
        key: 'PM-2',
        fields: { issuelinks: [{ type: { name: 'Duplicate' }, inwardIssue: { key: 'PM-7' } }] },
      },
      {
        key: 'PM-9',
        fields: {
          resolution: { name: 'Duplicate' },
          issuelinks: [{ type: { name: 'Relates' }, outwardIssue: { key: 'PM-3' } }],
        },
      },
      // Resolved as duplicate but of which issue? Two candidates: no pair.
      {
        key: 'PM-10',
        fields: {
          resolution: { name: 'Duplicate' },
          issuelinks: [
            { type: { name: 'Relates' }, outwardIssue: { key: 'PM-3' } },
            { type: { name: 'Blocks' }, inwardIssue: { key: 'PM-4' } },
          ],
        },
      },
      {
        key: 'PM-11',
        fields: {
          resolution: { name: 'Fixed' },
          issuelinks: [{ type: { name: 'Relates' }, outwardIssue: { key: 'PM-3' } }],
        },
      },
    ]);
    expect(pairs).toEqual([
      { duplicate: 'PM-7', original: 'PM-2' },
      { duplicate: 'PM-9', original: 'PM-3' },
    ]);
  });

  it('never pairs an issue with itself and never repeats a pair (property)', () => {
    const key = fc.constantFrom('A-1', 'A-2', 'A-3', 'A-4');
    const link = fc.record({
      type: fc.record({ name: fc.constantFrom('Duplicate', 'duplicate', 'Relates', 'Blocks') }),
      side: fc.constantFrom('inwardIssue', 'outwardIssue'),
      other: key,
    });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            key,
            resolution: fc.constantFrom('Duplicate', 'Done'),
            links: fc.array(link, { maxLength: 3 }),
          }),
          {
            maxLength: 6,
          },
        ),
        (rows) => {
          const pairs = jiraKnownDuplicates(
            rows.map((r) => ({
              key: r.key,
              fields: {
                resolution: { name: r.resolution },
                issuelinks: r.links.map((l) => ({ type: l.type, [l.side]: { key: l.other } })),
              },
            })),
          );
          const ids = pairs.map((p) => `${p.duplicate}>${p.original}`);
          expect(new Set(ids).size).toBe(ids.length);
          for (const p of pairs) expect(p.duplicate).not.toBe(p.original);
        },
      ),
    );
  });
});

describe('jiraDuplicateDoc', () => {
  it('reads the summary, the ADF description and the light signals', () => {
    expect(
      jiraDuplicateDoc({
        key: 'PM-1',
        fields: {
          summary: 'Crash on save',
          description: adf('It throws NullPointerException.'),
          components: [{ name: 'Editor' }, { name: 'Sync' }],
          versions: [{ name: '2.4' }],
        },
      }),
    ).toEqual({
      id: 'PM-1',
      title: 'Crash on save',
      body: 'It throws NullPointerException.',
      component: 'Editor, Sync',
      version: '2.4',
    });
    expect(jiraDuplicateDoc({ key: 'PM-2', fields: { summary: null } })).toEqual({
      id: 'PM-2',
      title: '',
      body: '',
    });
  });
});
