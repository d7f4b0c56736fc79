/**
 * A fast reader for the CSV that trackers write: RFC 4180 quoting with `""` escapes and
 * multi-line quoted fields, one delimiter, LF or CRLF line ends. It gives exactly the records
 * and start lines csv-parse gives with the options `readCsv` uses, and answers
 * {@link UNSUPPORTED} on anything else: a quote inside an unquoted field, text after a closing
 * quote, an unclosed quote, mixed or CR-only line ends. The caller then parses the input with
 * csv-parse, which stays the one source of CSV error messages. csv-parse walks the bytes one
 * call at a time, about 15 MB/s; this scans the decoded text with `indexOf` and `charCodeAt`,
 * which made a 50 MB Jira export's parse about five times cheaper.
 */

/** Returned by {@link FastCsv.push} when the input needs csv-parse (odd, or not valid CSV). */
export const UNSUPPORTED = Symbol('csv needs csv-parse');

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Parses text pushed in pieces that each end at a line end (LF), as `readCsv`'s decoder
 * produces them; a record split across pieces is carried over. Each record is handed to
 * `emit` with the 1-based line it starts on, a CRLF counting as one line break.
 *
 * @example
 * const rows: string[][] = [];
 * const csv = new FastCsv(',', (_line, cells) => rows.push(cells));
 * csv.push('a,"b\n', false); csv.push('c"\n', true); // rows: [['a', 'b\nc']]
 */
export class FastCsv {
  private readonly delimiter: number;
  private readonly emit: (line: number, cells: string[]) => void;
  private carry = '';
  private line = 1;
  private started = false;
  // Discovered from the first line end outside quotes, as csv-parse does: '\n' or '\r\n'.
  private crlf: boolean | undefined;

  constructor(delimiter: string, emit: (line: number, cells: string[]) => void) {
    this.delimiter = delimiter.charCodeAt(0);
    this.emit = emit;
  }

  /**
   * Parses `piece` (`final`: nothing follows it). Returns {@link UNSUPPORTED} when the input
   * must be parsed by csv-parse instead; records emitted before that are to be discarded.
   */
  push(piece: string, final: boolean): typeof UNSUPPORTED | undefined {
    let text = this.carry ? this.carry + piece : piece;
    this.carry = '';
    if (!this.started && text !== '') {
      this.started = true;
      // csv-parse's `bom` option drops one BOM at the start of what it is given.
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const n = text.length;
    const delimiter = this.delimiter;
    let i = 0;
    while (i < n) {
      const recordStart = i;
      const startLine = this.line;
      let breaks = 0;
      const cells: string[] = [];
      let endOfRecord = false;
      while (!endOfRecord) {
        let value: string;
        let quoted = false;
        if (text.charCodeAt(i) === QUOTE) {
          quoted = true;
          value = '';
          let from = i + 1;
          for (;;) {
            const q = text.indexOf('"', from);
            // An unclosed quote: wait for the next piece, or leave the error to csv-parse.
            if (q < 0 || (q + 1 >= n && !final)) return this.incomplete(text, recordStart, startLine, final);
            if (text.charCodeAt(q + 1) === QUOTE) {
              value += text.slice(from, q + 1);
              from = q + 2;
            } else {
              value += text.slice(from, q);
              i = q + 1;
              break;
            }
          }
          breaks += lineBreaks(value);
        } else {
          let j = i;
          for (; j < n; j++) {
            const c = text.charCodeAt(j);
            if (c === delimiter || c === LF || c === CR) break;
            if (c === QUOTE) return UNSUPPORTED;
          }
          value = text.slice(i, j);
          i = j;
        }
        if (i >= n) {
          if (!final) return this.incomplete(text, recordStart, startLine, final);
          // The last record needs no line end; an empty last line is no record.
          if (quoted || cells.length > 0 || value !== '') {
            cells.push(value);
            this.emit(startLine, cells);
          }
          this.line = startLine + breaks;
          return undefined;
        }
        const c = text.charCodeAt(i);
        if (c === delimiter) {
          cells.push(value);
          i++;
          continue;
        }
        if (c === CR) {
          if (text.charCodeAt(i + 1) !== LF || this.crlf === false) return UNSUPPORTED;
          this.crlf = true;
          i += 2;
        } else if (c === LF) {
          if (this.crlf === true) return UNSUPPORTED;
          this.crlf = false;
          i++;
        } else {
          // Text right after a closing quote.
          return UNSUPPORTED;
        }
        endOfRecord = true;
        this.line = startLine + breaks + 1;
        // csv-parse's `skip_empty_lines`: a line with nothing on it is no record.
        if (quoted || cells.length > 0 || value !== '') {
          cells.push(value);
          this.emit(startLine, cells);
        }
      }
    }
    return undefined;
  }

  private incomplete(
    text: string,
    recordStart: number,
    startLine: number,
    final: boolean,
  ): typeof UNSUPPORTED | undefined {
    if (final) return UNSUPPORTED;
    this.carry = text.slice(recordStart);
    this.line = startLine;
    return undefined;
  }
}

// Line breaks inside a quoted field: LF, CR and CRLF count one each.
function lineBreaks(value: string): number {
  let count = 0;
  for (let k = value.indexOf('\n'); k >= 0; k = value.indexOf('\n', k + 1)) count++;
  for (let k = value.indexOf('\r'); k >= 0; k = value.indexOf('\r', k + 1)) {
    if (value.charCodeAt(k + 1) !== LF) count++;
  }
  return count;
}
