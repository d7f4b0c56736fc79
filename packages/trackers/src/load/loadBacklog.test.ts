import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { okValue, problemText } from '../../test/support/results';
import { defaultConfig } from '../config/config';
import { loadBacklogText, loadBacklog as loadResult } from './loadBacklog';

const load = async (text: string, file = 'backlog.csv') =>
  okValue(await loadBacklogText(text, file, defaultConfig()));
const message = async (text: string, file = 'backlog.csv') =>
  problemText(await loadBacklogText(text, file, defaultConfig()));
const loadBacklog = async (...args: Parameters<typeof loadResult>) => okValue(await loadResult(...args));

describe('format detection', () => {
  it('detects Jira, Linear and JSON from the content', async () => {
    expect(await load('Summary,Issue key\nA,PM-1\n')).toMatchObject({ format: 'jira-csv', source: 'jira' });
    expect(await load('{"issues":[{"key":"A-1","fields":{}}]}', 'j.json')).toMatchObject({
      format: 'json',
      source: 'jira',
    });
    expect(await load('[]', 'b.json')).toMatchObject({ format: 'json', source: 'trailmap' });
    expect((await load('"ID","Team","Title"\n"ENG-1","Eng","A"\n')).format).toBe('linear-csv');
    expect((await load('{"items":[]}', 'b.json')).format).toBe('json');
  });

  it('rejects an unknown CSV with one line naming the file and the expected headers', async () => {
    expect(await message('a,b\n1,2\n', 'notes.csv')).toBe(
      "notes.csv: not a Jira or Linear CSV export: expected a header such as 'Issue key' or 'ID' (found 'a', 'b')",
    );
  });

  it('rejects an empty file', async () => {
    expect(await message('')).toBe('backlog.csv: the file is empty');
  });
});

describe('bad Jira files', () => {
  it('names row and column of a value that is not a number', async () => {
    expect(await message('Issue key,Summary,Custom field (Reach)\nPM-1,a,10\nPM-2,b,lots\n')).toBe(
      'backlog.csv: row 3, column "Custom field (Reach)": "lots" is not a number',
    );
  });

  it('counts rows by the line a record starts on, past multi-line cells', async () => {
    const text = 'Issue key,Description,Custom field (Effort)\nPM-1,"two\nlines",1\nPM-2,x,-4\n';
    expect(await message(text)).toBe(
      'backlog.csv: row 4, column "Custom field (Effort)": -4 is negative; effort must be 0 or more',
    );
  });

  it('rejects duplicate keys naming both rows', async () => {
    expect(await message('Issue key,Summary\nPM-1,a\nPM-2,b\nPM-1,c\n')).toBe(
      'backlog.csv: row 4, column "Issue key": duplicate issue key "PM-1" (first on row 2); remove one of the two rows (were two exports joined?) and run again',
    );
  });

  describe('two exports pasted into one file (past the 1000-issue export limit)', () => {
    const header = 'Summary,Issue key,Issue id,Issue Type,Status,Due date,Labels';
    const part = (keys: number[]) =>
      keys.map((k) => `Item ${k},PM-${k},${10000 + k},Story,To Do,07/Jan/26 12:00 AM,ux`).join('\n');

    it('skips the second header row with one warning and reads the rows after it', async () => {
      const loaded = await load(`${header}\n${part([1, 2])}\n${header}\n${part([3])}\n`);
      expect(loaded.backlog.items.map((i) => i.key)).toEqual(['PM-1', 'PM-2', 'PM-3']);
      expect(loaded.backlog.items[2]?.targetDate).toBe('2026-01-07');
      expect(loaded.warnings).toContain('row 4 repeats the header row (were two exports joined?); skipped');
    });

    it('matches the header after its normalisation (case, spaces, a BOM left by cat)', async () => {
      const again = '\uFEFFsummary, Issue Key ,Issue id,Issue  Type,Status,Due Date,Labels';
      const loaded = await load(`${header}\n${part([1])}\n${again}\n${part([2])}\n`);
      expect(loaded.backlog.items.map((i) => i.key)).toEqual(['PM-1', 'PM-2']);
      expect(loaded.warnings.filter((w) => w.includes('repeat'))).toEqual([
        'row 3 repeats the header row (were two exports joined?); skipped',
      ]);
    });

    it('reads a file streamed from disk the same way, and a Linear export too', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'trailmap-joined-'));
      const jira = join(dir, 'joined.csv');
      writeFileSync(jira, `${header}\n${part([1])}\n${header}\n${part([2])}\n${header}\n${part([3])}\n`);
      const loaded = await loadBacklog(jira);
      expect(loaded.backlog.items).toHaveLength(3);
      expect(loaded.warnings).toContain('rows 3, 5 repeat the header row (were exports joined?); skipped');
      const linear = '"ID","Team","Title","Status"\n"A-1","Eng","x","Todo"\n';
      const both = await load(`${linear}"ID","Team","Title","Status"\n"A-2","Eng","y","Todo"\n`);
      expect(both.backlog.items.map((i) => i.key)).toEqual(['A-1', 'A-2']);
    });

    it('still names the duplicate key when the two parts overlap', async () => {
      expect(await message(`${header}\n${part([1, 2])}\n${header}\n${part([2, 3])}\n`)).toBe(
        'backlog.csv: row 5, column "Issue key": duplicate issue key "PM-2" (first on row 3); remove one of the two rows (were two exports joined?) and run again',
      );
    });
  });

  it('rejects a Jira export without the key column', async () => {
    expect(await message('Summary,Issue Type\nA,Story\n')).toBe(
      'backlog.csv: missing the "Issue key" column (a Jira export needs it to name issues)',
    );
  });

  it('rejects an empty key', async () => {
    expect(await message('Issue key,Summary\n,a\n')).toBe(
      'backlog.csv: row 2, column "Issue key": the issue key is empty',
    );
  });

  it('rejects an unreadable date', async () => {
    expect(await message('Issue key,Created\nPM-1,next tuesday\n')).toBe(
      'backlog.csv: row 2, column "Created": "next tuesday" is not a date (expected e.g. 25/Feb/26 10:17 PM or 2026-02-25)',
    );
  });

  it('rejects a bad MoSCoW value', async () => {
    expect(await message('Issue key,Custom field (MoSCoW)\nPM-1,Maybe\n')).toMatch(
      /row 2, column "Custom field \(MoSCoW\)": "Maybe" is not a MoSCoW priority/,
    );
  });
});

describe('bad Linear files', () => {
  it('rejects duplicate identifiers and bad estimates', async () => {
    expect(await message('"ID","Title"\n"A-1","x"\n"A-1","y"\n')).toBe(
      'backlog.csv: row 3, column "ID": duplicate issue ID "A-1" (first on row 2); remove one of the two rows (were two exports joined?) and run again',
    );
    expect(await message('"ID","Title","Estimate"\n"A-1","x","XL"\n')).toBe(
      'backlog.csv: row 2, column "Estimate": "XL" is not an estimate (a number of points)',
    );
  });

  it('rejects a bad label value for a scoring input', async () => {
    expect(await message('"ID","Title","Labels"\n"A-1","x","reach:many"\n')).toBe(
      'backlog.csv: row 2, column "Labels": label "reach:many": "many" is not a number',
    );
  });
});

describe('warnings', () => {
  it('drops dependency links to issues outside the export and says so', async () => {
    const { backlog, warnings } = await load('Issue key,Inward issue link (Blocks)\nPM-1,OTHER-9\n');
    expect(backlog.items[0]?.blockedBy).toEqual([]);
    expect(warnings).toContain(
      '1 dependency link(s) point to issues not in this export and were ignored: PM-1 → OTHER-9; to plan around them, export those issues too (e.g. widen the JQL to their projects)',
    );
  });
});

describe('JSON', () => {
  const item = { id: '1', key: 'PM-1', title: 'x', statusCategory: 'todo', blocks: ['PM-2'] };
  const other = { id: '2', key: 'PM-2', title: 'y', statusCategory: 'done' };

  it('accepts a Backlog, a wrapped backlog or an array of items, and makes links symmetric', async () => {
    for (const doc of [{ items: [item, other] }, { backlog: { items: [item, other] } }, [item, other]]) {
      const { backlog } = await load(JSON.stringify(doc), 'b.json');
      expect(backlog.items.map((i) => i.key)).toEqual(['PM-1', 'PM-2']);
      expect(backlog.items[1]?.blockedBy).toEqual(['PM-1']);
    }
  });

  it('keeps its own feedback and customers', async () => {
    const doc = { items: [other], feedback: [{ id: 'F1', text: 'hi' }], customers: [{ id: 'c', name: 'C' }] };
    const { backlog } = await load(JSON.stringify(doc), 'b.json');
    expect(backlog.feedback).toEqual([{ id: 'F1', text: 'hi', source: 'unknown', itemKeys: [], labels: [] }]);
    expect(backlog.customers).toEqual([{ id: 'c', name: 'C' }]);
  });

  it('names the field of a schema error and reports bad JSON', async () => {
    expect(
      await message('{"items":[{"id":"1","key":"PM-1","title":"x","statusCategory":"later"}]}', 'b.json'),
    ).toMatch(/^b\.json: not a Trailmap backlog: field "items\[0\]\.statusCategory": /);
    expect(await message('{"items": [', 'b.json')).toMatch(/^b\.json: not valid JSON/);
    expect(await message(JSON.stringify([item, item]), 'b.json')).toBe(
      'b.json: field "items[1].key": duplicate key "PM-1" (first at items[0])',
    );
  });
});

describe('loadBacklog', () => {
  it('finds trailmap.config.json next to the input and applies it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trailmap-import-'));
    writeFileSync(
      join(dir, 'export.csv'),
      'Issue key,Fix versions,Custom field (Customers)\nPM-1,v1,ACME inc\n',
    );
    writeFileSync(
      join(dir, 'trailmap.config.json'),
      JSON.stringify({
        customers: [{ id: 'acme', name: 'Acme', revenue: 1000, tier: 'enterprise', aliases: ['ACME inc'] }],
        releases: [{ name: 'v1', capacity: 20, start: '2026-01-05' }],
      }),
    );
    const loaded = await loadBacklog(join(dir, 'export.csv'));
    expect(loaded.configFile).toBe(join(dir, 'trailmap.config.json'));
    expect(loaded.backlog.items[0]?.customerIds).toEqual(['acme']);
    expect(loaded.backlog.customers).toEqual([
      { id: 'acme', name: 'Acme', revenue: 1000, tier: 'enterprise' },
    ]);
    expect(loaded.backlog.releases).toEqual([
      { id: 'v1', name: 'v1', capacity: 20, start: '2026-01-05', released: false },
    ]);
  });

  it('merges a scoring sidecar beside the export', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trailmap-import-'));
    writeFileSync(join(dir, 'linear.csv'), '"ID","Title","Estimate"\n"ENG-1","A","3"\n"ENG-2","B",\n');
    writeFileSync(
      join(dir, 'linear.scores.csv'),
      'ID,Title,RICE Reach,Confidence,MoSCoW,Customers,Theme\nENG-1,A,400,80,Must,"Acme, Globex",Growth\nENG-9,Z,1,,,,\n',
    );
    const loaded = await loadResult(join(dir, 'linear.csv'), {
      configFile: join(dir, 'no-such-config.json'),
    });
    expect(loaded).toMatchObject({ ok: false, problems: [{ code: 'not_found' }] });
    const ok = await loadBacklog(join(dir, 'linear.csv'));
    expect(ok.scoresFile).toBe(join(dir, 'linear.scores.csv'));
    expect(ok.backlog.items[0]).toMatchObject({
      fields: { reach: 400, confidence: 0.8, moscow: 'must' },
      customerIds: ['acme', 'globex'],
      theme: 'Growth',
    });
    expect(ok.warnings.join('\n')).toMatch(
      /linear\.scores\.csv: 1 row\(s\) name issues not in the export: ENG-9/,
    );
  });

  it('reports a missing file or a folder in one line', async () => {
    expect(problemText(await loadResult('/nonexistent/backlog.csv'))).toBe(
      '/nonexistent/backlog.csv: file not found',
    );
    const dir = mkdtempSync(join(tmpdir(), 'trailmap-dir-'));
    expect(problemText(await loadResult(dir))).toBe(`${dir}: is a folder, not a file`);
  });
});

describe('columns that share a scoring name but hold words', () => {
  it('leaves out a text column such as Service Management Impact, with a warning', async () => {
    const rows = ['Extensive / Widespread', 'Minor / Localized', 'Moderate / Limited', 'Minor / Localized'];
    const text = `Issue key,Custom field (Impact),Custom field (Impact)\n${rows.map((r, i) => `PM-${i + 1},${r},${i + 1}`).join('\n')}\n`;
    const { backlog, warnings } = await load(text);
    expect(backlog.items.map((i) => i.fields.impact)).toEqual([1, 2, 3, 4]);
    expect(warnings).toContain(
      'column "Custom field (Impact)" holds text such as "Extensive / Widespread", "Minor / Localized", not impact values; it is not used as the impact scoring input',
    );
  });

  it('still rejects a mostly numeric column with a bad cell', async () => {
    const text = 'Issue key,Reach\nPM-1,10\nPM-2,20\nPM-3,lots\nPM-4,many\nPM-5,loads\nPM-6,30\nPM-7,40\n';
    // Every bad cell is reported, not only the first, so one run shows all there is to fix.
    expect(await message(text)).toBe(
      'backlog.csv: row 4, column "Reach": "lots" is not a number; backlog.csv: row 5, column "Reach": "many" is not a number; backlog.csv: row 6, column "Reach": "loads" is not a number',
    );
  });
});

describe('Jira Parent column', () => {
  it('accepts a numeric issue id, a key, or a key followed by the summary', async () => {
    const text =
      'Issue key,Issue id,Parent\nPM-1,100,\nPM-2,101,100\nPM-3,102,PM-1\nPM-4,103,PM-1 Checkout redesign\n';
    const { backlog } = await load(text);
    expect(backlog.items.map((i) => i.parentKey)).toEqual([undefined, 'PM-1', 'PM-1', 'PM-1']);
  });
});
