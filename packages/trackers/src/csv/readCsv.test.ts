import { describe, expect, it } from 'vitest';
import { okValue, problemText } from '../../test/support/results';
import { decodeText } from './decodeText';
import { parseCsvText as parseResult } from './readCsv';

const parseCsvText = (text: string, file: string) => okValue(parseResult(text, file));

describe('parseCsvText', () => {
  it('keeps quoted multi-line fields in one cell and reports the line the record starts on', () => {
    const table = parseCsvText('Title,Body\n"a","line 1\nline 2"\n"b","x"\n', 'x.csv');
    expect(table.rows).toEqual([
      { row: 2, cells: ['a', 'line 1\nline 2'] },
      { row: 4, cells: ['b', 'x'] },
    ]);
  });

  it('counts a CRLF inside a quoted field as one line, for that record and every later one', () => {
    const table = parseCsvText('Title,Body\r\n"a","line 1\r\nline 2"\r\n\r\n"b","x"\r\nc,y\r\n', 'x.csv');
    expect(table.rows.map((r) => r.row)).toEqual([2, 5, 6]);
  });

  it('keeps repeated headers as separate columns', () => {
    expect(parseCsvText('Labels,Labels\na,b\n', 'x.csv').header).toEqual(['Labels', 'Labels']);
  });

  it('sniffs a semicolon delimiter', () => {
    expect(parseCsvText('a;b\n1;2\n', 'x.csv').rows[0]?.cells).toEqual(['1', '2']);
  });

  it("takes the delimiter from Excel's sep= first line and does not read it as the header", () => {
    const table = parseCsvText('sep=;\nSummary;Issue key\nA, b;K-1\n', 'x.csv');
    expect(table.header).toEqual(['Summary', 'Issue key']);
    expect(table.rows).toEqual([{ row: 3, cells: ['A, b', 'K-1'] }]);
    expect(parseCsvText('sep=,\r\na;b,c\n', 'x.csv').header).toEqual(['a;b', 'c']);
  });

  it('accepts short rows', () => {
    expect(parseCsvText('a,b,c\n1,2\n', 'x.csv').rows[0]?.cells).toEqual(['1', '2']);
  });

  it('names the file and line of an unterminated quote', () => {
    const bad = parseResult('a,b\n"1,2\n', 'bad.csv');
    expect(bad).toMatchObject({ ok: false, problems: [{ code: 'invalid_csv', file: 'bad.csv', row: 2 }] });
    expect(problemText(bad)).toMatch(/^bad\.csv: row 2: not valid CSV/);
  });

  it('rejects an empty file with a clear message', () => {
    expect(parseResult('', 'empty.csv')).toMatchObject({ ok: false, problems: [{ code: 'empty_file' }] });
    expect(problemText(parseResult('', 'empty.csv'))).toMatch(/empty\.csv: the file is empty/);
  });
});

describe('decodeText', () => {
  it('decodes UTF-8 and drops the BOM', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x63, 0xc3, 0xa9]))).toBe('cé');
  });

  it('decodes a Windows-1252 line inside an otherwise UTF-8 file', () => {
    const bytes = new Uint8Array([0xc3, 0xa9, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a]);
    expect(decodeText(bytes)).toBe('é\ncafé\n');
  });
});
