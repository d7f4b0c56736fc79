import iconv from 'iconv-lite';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes bytes that are UTF-8 in the main but may hold Windows-1252 / Latin-1 lines, as
 * exports re-saved by spreadsheets and the app-review data sets do. Each line that is not
 * valid UTF-8 is decoded as Windows-1252 on its own, so one stray byte does not garble the file.
 * A leading BOM is dropped.
 *
 * @example
 * decodeText(Buffer.from([0x63, 0x61, 0x66, 0xe9])); // => 'café'
 */
export function decodeText(bytes: Uint8Array): string {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return decodeLines(bytes.subarray(start));
}

/**
 * Decodes bytes that end on a line break (or at the end of the file) the way {@link decodeText}
 * decodes a whole file: strict UTF-8, else line by line with Windows-1252 for the lines that are
 * not UTF-8. UTF-8 validity splits at any ASCII byte, so decoding a file chunk by chunk at line
 * ends gives the same text as decoding it whole.
 *
 * @example
 * decodeLines(Buffer.from('caf\xe9\n', 'latin1')); // => 'café\n'
 */
export function decodeLines(body: Uint8Array): string {
  try {
    return strictUtf8.decode(body);
  } catch {
    return decodeLineByLine(body);
  }
}

function decodeLineByLine(body: Uint8Array): string {
  const parts: string[] = [];
  let lineStart = 0;
  for (let i = 0; i <= body.length; i++) {
    if (i === body.length || body[i] === 0x0a) {
      const line = body.subarray(lineStart, i === body.length ? i : i + 1);
      try {
        parts.push(strictUtf8.decode(line));
      } catch {
        parts.push(iconv.decode(Buffer.from(line), 'win1252'));
      }
      lineStart = i + 1;
    }
  }
  return parts.join('');
}
