import Papa from 'papaparse';

/**
 * The fast path for the CSV that trackers write: RFC 4180 quoting with `""` escapes and
 * multi-line quoted fields, one delimiter, LF or CRLF line ends. papaparse's `Parser` splits the
 * text into records, about 15× less CPU than csv-parse, which walks the bytes one call at a time.
 * papaparse is lenient where csv-parse is strict: a quote inside an unquoted field, spaces after
 * a closing quote and a CR or LF that is not the file's line end are all read as text, and it
 * tells no line numbers. So each record is checked to be written as RFC 4180 writes its cells,
 * which also gives the line it starts on, and anything else answers {@link UNSUPPORTED}: the
 * caller then parses the input with csv-parse, which stays the one source of CSV error messages.
 */

/** Returned by {@link FastCsv.push} when the input needs csv-parse (odd, or not valid CSV). */
export const UNSUPPORTED = Symbol('csv needs csv-parse');

type LineEnd = '\n' | '\r\n';

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Parses text pushed in pieces that each end at a line end (LF), as `readCsv`'s decoder
 * produces them; a record split across pieces is carried over. Each record is handed to
 * `emit` with the 1-based line it starts on, a CRLF counting as one line break. The records
 * and lines are exactly those csv-parse gives with the options `readCsv` uses.
 *
 * @example
 * const rows: string[][] = [];
 * const csv = new FastCsv(',', (_line, cells) => rows.push(cells));
 * csv.push('a,"b\n', false); csv.push('c"\n', true); // rows: [['a', 'b\nc']]
 */
export class FastCsv {
  private readonly delimiter: string;
  private readonly emit: (line: number, cells: string[]) => void;
  private carry = '';
  private line = 1;
  private started = false;
  // The file's line end, '\n' or '\r\n': the one that ends the first record, as csv-parse finds it.
  private newline: LineEnd | undefined;
  private parser: Papa.Parser | undefined;

  constructor(delimiter: string, emit: (line: number, cells: string[]) => void) {
    this.delimiter = delimiter;
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
    if (text === '') return undefined;
    if (!this.newline) {
      this.newline = firstLineEnd(text, this.delimiter, final);
      // The first record is not complete yet: wait for the next piece.
      if (!this.newline) {
        this.carry = text;
        return undefined;
      }
      this.parser = new Papa.Parser({ delimiter: this.delimiter, newline: this.newline });
    }
    // Not final: papaparse leaves out the last record, which may go on in the next piece.
    const { data, errors } = (this.parser as Papa.Parser).parse(text, 0, !final) as Papa.ParseResult<
      string[]
    >;
    // papaparse's own complaints: an unclosed quote, text right after a closing quote.
    if (errors.length > 0) return UNSUPPORTED;
    const check = new RecordCheck(text, this.delimiter, this.newline);
    let at = 0;
    for (const cells of data) {
      const start = at;
      at = check.end(cells, start);
      if (at < 0) return UNSUPPORTED;
      const startLine = this.line;
      this.line = startLine + check.lines;
      // csv-parse's `skip_empty_lines`: a line with nothing on it is no record (`""` is one).
      // So is the nothing after the last line end, which papaparse reads as a record.
      if (cells.length === 1 && cells[0] === '' && text.charCodeAt(start) !== QUOTE) continue;
      this.emit(startLine, cells);
    }
    if (!final) this.carry = text.slice(at);
    else if (at < text.length) return UNSUPPORTED;
    return undefined;
  }
}

/**
 * Checks that the records papaparse read from `text`, one after the other, are written as
 * RFC 4180 writes their cells: each cell bare (no quote, CR or LF in it) or in quotes with its
 * quotes doubled, then the delimiter or, after the last cell, the file's line end (or the end
 * of the input). Rather than search every bare cell, it keeps the text's next quote, LF and CR:
 * none may fall in a bare cell, and those inside quotes are the field's own (its line breaks),
 * so the text is searched once for each.
 */
class RecordCheck {
  /** The line breaks the last record checked spans, its line end included. */
  lines = 0;
  private readonly text: string;
  private readonly delimiter: number;
  private readonly newline: LineEnd;
  // At or after the record being checked; Infinity when there is none.
  private nextQuote: number;
  private nextLf: number;
  private nextCr: number;

  constructor(text: string, delimiter: string, newline: LineEnd) {
    this.text = text;
    this.delimiter = delimiter.charCodeAt(0);
    this.newline = newline;
    this.nextQuote = find(text, '"', 0);
    this.nextLf = find(text, '\n', 0);
    this.nextCr = find(text, '\r', 0);
  }

  /** Where the record `cells` that starts at `start` ends (after its line end), or -1. */
  end(cells: string[], start: number): number {
    const text = this.text;
    const last = cells.length - 1;
    let at = start;
    let breaks = 0;
    for (let k = 0; k <= last; k++) {
      const cell = cells[k] as string;
      if (text.charCodeAt(at) === QUOTE) {
        let quotes = 0;
        for (let q = cell.indexOf('"'); q >= 0; q = cell.indexOf('"', q + 1)) quotes++;
        const close = at + 1 + cell.length + quotes;
        if (text.charCodeAt(close) !== QUOTE) return -1;
        this.nextQuote = find(text, '"', close + 1);
        // LF, CR and CRLF count one line each.
        while (this.nextLf < close) {
          breaks++;
          this.nextLf = find(text, '\n', this.nextLf + 1);
        }
        while (this.nextCr < close) {
          if (text.charCodeAt(this.nextCr + 1) !== LF) breaks++;
          this.nextCr = find(text, '\r', this.nextCr + 1);
        }
        at = close + 1;
      } else {
        at += cell.length;
        if (this.nextQuote < at || this.nextLf < at || this.nextCr < at) return -1;
      }
      if (k < last) {
        if (text.charCodeAt(at) !== this.delimiter) return -1;
        at++;
      }
    }
    this.lines = breaks;
    // The last record needs no line end.
    if (at === text.length) return at;
    if (this.newline === '\r\n') {
      if (this.nextCr !== at || this.nextLf !== at + 1) return -1;
      this.nextCr = find(text, '\r', at + 2);
    } else if (this.nextLf !== at) return -1;
    this.nextLf = find(text, '\n', at + this.newline.length);
    this.lines = breaks + 1;
    return at + this.newline.length;
  }
}

/**
 * The line end of the first record ('\n' or '\r\n'), read by papaparse as LF-ended: a CR right
 * before that LF makes it CRLF. `undefined` while the first record may go on in the next piece.
 * A wrong guess (only for a first record that is not RFC 4180) just sends the file to csv-parse.
 */
function firstLineEnd(text: string, delimiter: string, final: boolean): LineEnd | undefined {
  let end: number | undefined;
  const probe: Papa.Parser = new Papa.Parser({
    delimiter,
    newline: '\n',
    step: (result: Papa.ParseStepResult<string[][]>) => {
      end = result.meta.cursor;
      probe.abort();
    },
  });
  probe.parse(text, 0, !final);
  if (end === undefined) return final ? '\n' : undefined;
  return text.charCodeAt(end - 1) === LF && text.charCodeAt(end - 2) === CR ? '\r\n' : '\n';
}

function find(text: string, char: string, from: number): number {
  const at = text.indexOf(char, from);
  return at < 0 ? Number.POSITIVE_INFINITY : at;
}
