import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig, type TrailmapConfig } from '../config/config';
import { readCsvFile } from '../csv/readCsv';
import { jiraColumnsRead } from '../jira-csv/fromJiraCsv';
import { linearColumnsRead } from '../linear-csv/fromLinearCsv';
import { loadBacklogText, loadCsvTable } from './loadBacklog';

const JIRA = [
  'Summary',
  'Issue key',
  'Issue id',
  'Issue Type',
  'Status',
  'Status Category',
  'Resolution',
  'Created',
  'Resolved',
  'Fix versions',
  'Fix versions',
  'Due date',
  'Labels',
  'Labels',
  'Inward issue link (Blocks)',
  'Outward issue link (Blocks)',
  'Outward issue link (Relates)',
  'Custom field (Reach)',
  'Custom field (Confidence)',
  'Custom field (MoSCoW)',
  'Custom field (Rank)',
  'Custom field (Story Points)',
  'Custom field (Customers)',
  'Custom field (Segment)',
  'Parent',
  'Parent key',
  'Votes',
];
const LINEAR = [
  'ID',
  'Team',
  'Title',
  'Description',
  'Status',
  'Estimate',
  'Priority',
  'Labels',
  'Cycle Number',
  'Cycle Name',
  'Cycle Start',
  'Created',
  'Started',
  'Completed',
  'Canceled',
  'Archived',
  'Due Date',
  'Parent issue',
  'Related to',
  'Blocked by',
  'UUID',
];

// Cells mixing junk with the shapes real exports hold, so mapping paths beyond parsing run.
const junk = fc.string({ maxLength: 12 });
const anyCell = fc.oneof(
  junk,
  fc.constantFrom(
    '',
    'PM-1',
    'PM-2',
    'ENG-1',
    '4.0',
    '80%',
    '-3',
    'Must have',
    '0|i0000a:',
    '10001',
    'Done',
    'To Do',
    "Won't Do",
    '25/Feb/26 10:17 PM',
    '2026-06-22T13:35:05.809Z',
    'Tue May 14 2024 08:53:33 GMT+0000 (GMT)',
    "'=1+1",
    'reach:12',
    'customer:Acme',
    'feedback',
    'Feedback',
    'Bug, Feature',
  ),
);
const jiraDate = fc.constantFrom(
  '',
  '25/Feb/26 10:17 PM',
  '5/Dec/25 00:29',
  '19/Jan/2025 12:00 AM',
  '2026-02-25 16:38:58.679',
);
const linearDate = fc.constantFrom('', '2026-06-22T13:35:05.809Z', 'Tue May 14 2024 08:53:33 GMT+0000 (GMT)');
const moscowCell = fc.constantFrom('', 'Must have', 'Should', 'C', "Won't have");
const numberCell = fc.oneof(
  fc.constantFrom('', '4.0', '80%', '1,200', '0'),
  fc.double({ min: 0, max: 1e6, noNaN: true }).map(String),
);
const keyCell = fc.constantFrom('', 'PM-1', 'PM-2', 'PM-3', 'ENG-1', 'OTHER-9', 'PM-1, PM-2');

/** A cell for a header: mostly plausible for that column, sometimes arbitrary text. */
function cellFor(header: string, dateCell: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const plausible = /created|resolved|due|started|completed|canceled|archived|cycle start/i.test(header)
    ? dateCell
    : /moscow/i.test(header)
      ? moscowCell
      : /reach|confidence|story points|estimate|votes/i.test(header)
        ? numberCell
        : /link|parent|related|blocked/i.test(header)
          ? keyCell
          : anyCell;
  return fc.oneof({ arbitrary: plausible, weight: 40 }, { arbitrary: junk, weight: 1 });
}

const rowsFor = (header: string[], dateCell: fc.Arbitrary<string>) =>
  fc.array(
    fc.tuple(...header.map((h) => cellFor(h, dateCell))).map((cells) => [...cells]),
    { maxLength: 6 },
  );

let mapped = 0;

function check(header: string[], rows: string[][]): Promise<void> {
  const text = stringify([header, ...rows]);
  // Bad input is data: the result is a backlog or problems naming the file, never a throw.
  return loadBacklogText(text, 'prop.csv', defaultConfig()).then((result) => {
    if (!result.ok) {
      for (const p of result.problems) expect(p.message.startsWith('prop.csv')).toBe(true);
      return;
    }
    const { backlog } = result.value;
    mapped += backlog.items.length;
    for (const item of backlog.items) {
      for (const value of Object.values(item.fields)) {
        if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
      }
      expect(Number.isNaN(item.rank ?? 0)).toBe(false);
    }
  });
}

describe('the importer on arbitrary cell text', () => {
  it('either maps a Jira export or returns its problems', async () => {
    await fc.assert(
      fc.asyncProperty(rowsFor(JIRA, jiraDate), fc.boolean(), (rows, uniqueKeys) => {
        // With unique keys most rows get past key checks, so value mapping is what is tested.
        const keyed = uniqueKeys ? rows.map((r, i) => r.map((c, j) => (j === 1 ? `PM-${i + 1}` : c))) : rows;
        return check(JIRA, keyed);
      }),
      { numRuns: 100 },
    );
  });

  it('either maps a Linear export or returns its problems', async () => {
    await fc.assert(
      fc.asyncProperty(
        rowsFor(LINEAR, linearDate),
        fc.nat(LINEAR.length),
        // Linear rows may be short (2024-09 exports drop trailing empty cells).
        (rows, drop) =>
          check(
            LINEAR,
            rows.map((r) => r.slice(0, LINEAR.length - (drop % 3))),
          ),
      ),
      { numRuns: 100 },
    );
  });

  it('mapped some rows rather than rejecting everything', () => {
    expect(mapped).toBeGreaterThan(20);
  });

  it('either maps or rejects arbitrary text as a whole file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), (text) =>
        loadBacklogText(text, 'prop.csv', defaultConfig()).then((result) => {
          expect(typeof result.ok).toBe('boolean');
        }),
      ),
      { numRuns: 200 },
    );
  });

  it('either maps or rejects arbitrary JSON, including Jira-search-shaped JSON', async () => {
    const fieldName = fc.constantFrom(
      'summary',
      'status',
      'labels',
      'created',
      'duedate',
      'customfield_1',
      'parent',
      'issuelinks',
    );
    const jiraShaped = fc.record({
      names: fc.dictionary(
        fc.constantFrom('customfield_1', 'summary'),
        fc.constantFrom('Reach', 'MoSCoW', 'Story Points'),
      ),
      issues: fc.array(
        fc.record({
          id: fc.jsonValue(),
          key: fc.constantFrom('A-1', 'A-2', 'B-1', ''),
          fields: fc.dictionary(fieldName, fc.jsonValue()),
        }),
        { minLength: 1, maxLength: 4 },
      ),
    });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), jiraShaped), (json) =>
        loadBacklogText(JSON.stringify(json) ?? 'null', 'prop.json', defaultConfig()).then((result) => {
          if (!result.ok)
            for (const p of result.problems) expect(p.message.startsWith('prop.json')).toBe(true);
        }),
      ),
      { numRuns: 200 },
    );
  });
});

// Columns no importer reads, which a projected read leaves out.
const UNREAD = ['Comment', 'Reporter', 'Attachment', 'Custom field (Issue color)', 'Creator'];
const tmp = mkdtempSync(join(tmpdir(), 'trailmap-projected-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let file = 0;

// The same file read whole and read keeping only the columns the importer reads.
async function bothWays(
  header: string[],
  rows: string[][],
  columnsRead: (header: readonly string[], config: TrailmapConfig) => number[],
  config: TrailmapConfig,
) {
  const path = join(tmp, `p${file++}.csv`);
  writeFileSync(path, stringify([header, ...rows]));
  const full = await readCsvFile(path);
  const projected = await readCsvFile(path, { columns: (h) => columnsRead(h, config) });
  if (!full.ok || !projected.ok) return { full, projected };
  expect(projected.value.header.length).toBeLessThan(full.value.header.length);
  return {
    full: await loadCsvTable(full.value, config),
    projected: await loadCsvTable(projected.value, config),
  };
}

describe('a table of only the columns the importer reads', () => {
  // Custom fields are read into `fields`, and a config may map any column.
  const config: TrailmapConfig = { ...defaultConfig(), mapping: { reach: ['Reporter'], team: ['Creator'] } };

  for (const [name, header, dateCell, columnsRead] of [
    ['Jira', JIRA, jiraDate, jiraColumnsRead],
    ['Linear', LINEAR, linearDate, linearColumnsRead],
  ] as const) {
    const wide = [...header, ...UNREAD];
    it(`maps a ${name} export to the same backlog, or the same problems, as the whole table`, async () => {
      await fc.assert(
        fc.asyncProperty(
          rowsFor(wide, dateCell),
          fc.boolean(),
          fc.constantFrom(defaultConfig(), config),
          async (rows, blankExceptComment, cfg) => {
            // A row with text only in an unread column is still a row (with no key), not a blank line.
            const withBlank = blankExceptComment
              ? [...rows, wide.map((h) => (h === 'Comment' ? 'x' : ''))]
              : rows;
            const { full, projected } = await bothWays(wide, withBlank, columnsRead, cfg);
            expect(projected).toEqual(full);
          },
        ),
        { numRuns: 60 },
      );
    });
  }
});
