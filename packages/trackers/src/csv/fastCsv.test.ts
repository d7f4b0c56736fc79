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

// Well-formed CSV: every field quoted when it needs to be, one kind of line end.
const wellFormed = fc
  .record({
    rows: fc.array(fc.array(fc.stringMatching(/^[a-z "\n\r,é]{0,6}$/), { minLength: 1, maxLength: 4 }), {
      minLength: 1,
      maxLength: 6,
    }),
    eol: fc.constantFrom('\n', '\r\n'),
    quoteAll: fc.boolean(),
  })
  .map(({ rows, eol, quoteAll }) =>
    rows
      .map((r) =>
        r
          .map((cell) =>
            quoteAll || /[",\r\n]/.test(cell) || cell === '' ? `"${cell.replaceAll('"', '""')}"` : cell,
          )
          .join(','),
      )
      .join(eol)
      .concat(eol),
  );

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
      fc.property(wellFormed, fc.integer({ min: 1, max: 3 }), (text, n) => {
        expect(fast(text, ',', n)).toEqual(csvParse(text, ','));
      }),
      { numRuns: 1000 },
    );
  });

  it('counts a CRLF inside a quoted field as one line and skips empty lines', () => {
    expect(fast('h\r\n"a\r\nb"\r\n\r\nc\r\n', ',', 1)).toEqual([
      { row: 1, cells: ['h'] },
      { row: 2, cells: ['a\r\nb'] },
      { row: 5, cells: ['c'] },
    ]);
  });

  it('leaves mixed line ends, stray quotes and unclosed quotes to csv-parse', () => {
    for (const text of ['a\nb\r\n', 'a\r\nb\n', 'a\rb\r', 'a"b\n', '"a"b\n', '"a\n']) {
      expect(fast(text, ',', 1)).toBe(UNSUPPORTED);
    }
  });
});
