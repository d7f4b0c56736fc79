import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FastCsv, UNSUPPORTED } from './fastCsv';
import { parseWithCsvParse } from './readCsv';

type Rows = { row: number; cells: string[] }[];

// FastCsv fed in pieces that end at line ends, as readCsv's decoder hands them over.
function fast(text: string, delimiter: string, pieceLines: number): Rows | typeof UNSUPPORTED {
  const rows: Rows = [];
  const csv = new FastCsv(delimiter, (row, cells) => rows.push({ row, cells }));
  const pieces = text.split(/(?<=\n)/);
  for (let k = 0; k < pieces.length; k += pieceLines) {
    if (csv.push(pieces.slice(k, k + pieceLines).join(''), false) === UNSUPPORTED) return UNSUPPORTED;
  }
  return csv.push('', true) === UNSUPPORTED ? UNSUPPORTED : rows;
}

function csvParse(text: string, delimiter: string): Rows | Error {
  try {
    return parseWithCsvParse(text, delimiter);
  } catch (error) {
    return error as Error;
  }
}

// Text built from the characters that matter to CSV, in runs, so quotes, line ends and
// delimiters meet in every order.
const csvish = fc
  .array(
    fc.constantFrom(
      'a',
      'bc',
      ' ',
      'é',
      '"',
      '""',
      ',',
      ';',
      '\t',
      '\n',
      '\r\n',
      '\r',
      '\uFEFF',
      '"x"',
      ',"',
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

// Well-formed CSV: every field quoted when it needs to be (or always), one delimiter and one
// kind of line end, with empty lines between records, a BOM or no line end after the last
// record. Cells hold quotes, delimiters, LF, CR and CRLF, so multi-line fields span the pieces.
const wellFormed = fc
  .record({
    rows: fc.array(fc.array(fc.stringMatching(/^[a-z "\n\r,;\té]{0,6}$/), { minLength: 1, maxLength: 4 }), {
      minLength: 1,
      maxLength: 6,
    }),
    delimiter: fc.constantFrom(',', ';', '\t'),
    eol: fc.constantFrom('\n', '\r\n'),
    quoteAll: fc.boolean(),
    emptyLines: fc.array(fc.nat({ max: 2 }), { minLength: 7, maxLength: 7 }),
    bom: fc.boolean(),
    lastEol: fc.boolean(),
  })
  .map(({ rows, delimiter, eol, quoteAll, emptyLines, bom, lastEol }) => {
    const quote = (cell: string, single: boolean) =>
      quoteAll || /["\r\n]/.test(cell) || cell.includes(delimiter) || (single && cell === '')
        ? `"${cell.replaceAll('"', '""')}"`
        : cell;
    const lines = rows.map(
      (r, k) => eol.repeat(emptyLines[k] ?? 0) + r.map((c) => quote(c, r.length === 1)).join(delimiter),
    );
    return { text: (bom ? '\uFEFF' : '') + lines.join(eol) + (lastEol ? eol : ''), delimiter };
  });

describe('FastCsv', () => {
  it('gives the records and start lines csv-parse gives, or leaves the input to csv-parse', () => {
    fc.assert(
      fc.property(csvish, fc.constantFrom(',', ';', '\t'), fc.integer({ min: 1, max: 3 }), (text, d, n) => {
        const ours = fast(text, d, n);
        const theirs = csvParse(text, d);
        // Never accept what csv-parse rejects; where both read it, agree exactly.
        if (theirs instanceof Error) expect(ours).toBe(UNSUPPORTED);
        else if (ours !== UNSUPPORTED) expect(ours).toEqual(theirs);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads well-formed CSV itself, exactly as csv-parse does', () => {
    fc.assert(
      fc.property(wellFormed, fc.integer({ min: 1, max: 3 }), ({ text, delimiter }, n) => {
        expect(fast(text, delimiter, n)).toEqual(csvParse(text, delimiter));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts a CRLF inside a quoted field as one line and skips empty lines', () => {
    expect(fast('h\r\n"a\r\nb"\r\n\r\nc\r\n', ',', 1)).toEqual([
      { row: 1, cells: ['h'] },
      { row: 2, cells: ['a\r\nb'] },
      { row: 5, cells: ['c'] },
    ]);
  });

  // Each of these is read by the fast path itself, exactly as csv-parse reads it.
  it.each([
    ['empty lines before, between and after records', '\n\nh\n\na\n\n\n'],
    ['a quoted empty cell on its own line, which is a record', 'h\n""\n\nb\n'],
    ['a line of delimiters only', 'h\n,,\n'],
    ['a multi-line field split across pieces', 'h,x\n"a\nb\n\nc",d\ne,f\n'],
    ['a lone CR inside quotes, counted as a line', 'h\n"a\rb"\nc\n'],
    ['LF inside quotes in a CRLF file', 'h\r\n"a\nb"\r\nc\r\n'],
    ['a quoted LF in the header of a CRLF file', '"h\ni",j\r\na,b\r\n'],
    ['a quoted CRLF in the header of an LF file', '"h\r\ni",j\na,b\n'],
    ['escaped quotes, at the start and end of a field too', 'h\n"""a""b""",""""\n'],
    ['a quoted delimiter and a quoted last record with no line end', 'h,i\n"a,b","c"'],
    ['a BOM and CRLF', '\uFEFFh\r\na\r\n'],
  ])('reads %s', (_name, text) => {
    const rows = fast(text, ',', 1);
    expect(rows).not.toBe(UNSUPPORTED);
    expect(rows).toEqual(csvParse(text, ','));
  });

  it('reads semicolon and tab delimiters, quoted or not', () => {
    for (const d of [';', '\t']) {
      const text = `a${d}"b${d}c"${d}\nd${d}e${d}"f\ng"\n`;
      expect(fast(text, d, 1)).toEqual([
        { row: 1, cells: ['a', `b${d}c`, ''] },
        { row: 2, cells: ['d', 'e', 'f\ng'] },
      ]);
    }
  });

  // What papaparse reads as text but csv-parse rejects or reads otherwise: never accepted.
  it.each([
    ['an LF line end in a CRLF file', 'a\r\nb\n'],
    ['a CRLF line end in an LF file', 'a\nb\r\n'],
    ['a CRLF after a closing quote in an LF file', 'a\n"b"\r\n'],
    ['CR-only line ends', 'a\rb\r'],
    ['a lone CR in an unquoted field of a CRLF file', 'a\r\nb\rc\r\n'],
    ['a lone CR in an unquoted field of an LF file', 'a\nb\rc\n'],
    ['a quote inside an unquoted field', 'a"b\n'],
    ['a quote at the end of an unquoted field', 'h,i\na,b"\n'],
    ['a space before an opening quote', 'h,i\na, "b"\n'],
    ['text after a closing quote', '"a"b\n'],
    ['a space after a closing quote, before the delimiter', 'h,i\n"a" ,b\n'],
    ['a space after a closing quote, before the line end', 'h,i\na,"b" \n'],
    ['a tab after a closing quote', 'h,i\na,"b"\t\n'],
    ['an unclosed quote', '"a\n'],
    ['an unclosed quote after an escaped one', 'h\n"a""\n'],
    ['an unclosed quote in a later piece', 'h\na\n"b\nc\n'],
  ])('leaves %s to csv-parse', (_name, text) => {
    for (const n of [1, 2, 3]) expect(fast(text, ',', n)).toBe(UNSUPPORTED);
  });
});
