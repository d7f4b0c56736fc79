import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturePath } from '../../test/fixtures/loadFixture';
import { okValue, problemText } from '../../test/support/results';
import { defaultConfig } from '../config/config';
import { loadCsvTable } from '../load/loadBacklog';
import { decodeText } from './decodeText';
import { parseCsvText, readCsvFile } from './readCsv';

// The real exports the importer is tested on, read both ways: streamed from disk in chunks
// (down to a few bytes, so chunk edges fall inside quoted multi-line fields and UTF-8
// characters) and parsed whole from the decoded text, as before streaming.
const realExports = ['jira', 'linear'].flatMap((dir) =>
  readdirSync(fixturePath(dir))
    .filter((f) => f.endsWith('.csv'))
    .map((f) => fixturePath(dir, f)),
);
const tmp = mkdtempSync(join(tmpdir(), 'trailmap-readcsv-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function write(name: string, bytes: Uint8Array | string): string {
  const file = join(tmp, name);
  writeFileSync(file, bytes);
  return file;
}

const whole = (file: string) => parseCsvText(decodeText(readFileSync(file)), file);
const table = async (file: string, chunkBytes?: number) =>
  okValue(await readCsvFile(file, chunkBytes === undefined ? {} : { chunkBytes }));

describe('readCsvFile (streamed)', () => {
  it.each(realExports)('reads %s exactly as the whole-text parser does, at any chunk size', async (file) => {
    const expected = whole(file);
    expect(okValue(expected).rows.length).toBeGreaterThan(0);
    for (const chunkBytes of [3, 7, 64, 1 << 20]) {
      expect(await readCsvFile(file, { chunkBytes })).toEqual(expected);
    }
  });

  it.each(realExports)('maps %s to the same backlog as before', async (file) => {
    const config = defaultConfig();
    const streamed = await loadCsvTable(await table(file, 5), config);
    const before = await loadCsvTable(okValue(whole(file)), config);
    expect(streamed).toEqual(before);
  });

  it('decodes a Windows-1252 line on its own, drops a BOM and keeps CRLF line numbers', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('Title,Body\r\n"caf'),
      Buffer.from([0xe9]),
      Buffer.from('","line 1\r\nline 2"\r\n\r\n"b","ümlaut"\r\n'),
    ]);
    const file = write('mixed.csv', bytes);
    const streamed = await table(file, 2);
    expect(streamed.header).toEqual(['Title', 'Body']);
    expect(streamed.rows).toEqual([
      { row: 2, cells: ['café', 'line 1\r\nline 2'] },
      { row: 5, cells: ['b', 'ümlaut'] },
    ]);
    expect(streamed).toEqual(okValue(whole(file)));
  });

  it('sniffs a semicolon delimiter from the header line', async () => {
    const file = write('semi.csv', 'a;b\n1;2\n');
    expect((await table(file, 1)).rows[0]?.cells).toEqual(['1', '2']);
  });

  it("takes the delimiter from Excel's sep= first line and skips that line (with a BOM, CRLF, Windows-1252)", async () => {
    const bytes = Buffer.concat([
      Buffer.from('\uFEFFsep=;\r\nSummary;Issue key;Story Points\r\n'),
      Buffer.from([0x43, 0x61, 0x66, 0xe9]),
      Buffer.from(', menu;CAF-1;4,0\r\n'),
    ]);
    const file = write('sep.csv', bytes);
    const streamed = okValue(await readCsvFile(file));
    expect(streamed.header).toEqual(['Summary', 'Issue key', 'Story Points']);
    expect(streamed.rows).toEqual([{ row: 3, cells: ['Café, menu', 'CAF-1', '4,0'] }]);
    expect(okValue(await readCsvFile(file, { chunkBytes: 3 }))).toEqual(streamed);
  });

  it('names the file and line of an unterminated quote, as the whole-text parser does', async () => {
    const file = write('bad.csv', 'a,b\nx,y\n"1,2\n');
    const streamed = await readCsvFile(file);
    expect(streamed).toMatchObject({ ok: false, problems: [{ code: 'invalid_csv' }] });
    expect(streamed).toEqual(whole(file));
  });

  it.each([
    ['a stray quote on row 2 of many', 'Issue key,Summary\nA-1,"abc"x\nA-2,ok\nA-3,fine\n'],
    ['text after a closing quote', 'Issue key,Summary\nA-1,ok\nA-2,"a" b\n'],
    [
      'an XML export',
      '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="0.92"><channel></channel></rss>\n',
    ],
  ])('names the line of %s, at any chunk size, as the whole-text parser does', async (_name, text) => {
    // FastCsv stops at the first record it leaves to csv-parse, while the file is still being
    // read; that must hand over to csv-parse, not surface the aborted read.
    const file = write('broken.csv', text);
    for (const chunkBytes of [3, 64, 1 << 20]) {
      const streamed = await readCsvFile(file, { chunkBytes });
      expect(streamed).toMatchObject({ ok: false, problems: [{ code: 'invalid_csv' }] });
      expect(problemText(streamed)).not.toMatch(/aborted/);
      expect(streamed).toEqual(whole(file));
    }
  });

  it('says the file is empty when it has no header row', async () => {
    const file = write('empty.csv', '\n\n');
    expect(problemText(await readCsvFile(file))).toMatch(/empty\.csv: the file is empty/);
  });

  it('says a missing file is not found', async () => {
    const absent = await readCsvFile(join(tmp, 'absent.csv'));
    expect(absent).toMatchObject({ ok: false, problems: [{ code: 'not_found' }] });
    expect(problemText(absent)).toMatch(/absent\.csv: file not found/);
  });
});
