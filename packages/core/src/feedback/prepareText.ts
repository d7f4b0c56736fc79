/** Options for {@link prepareText}. */
export interface PrepareOptions {
  /**
   * Drop issue-template scaffolding: markdown headings, checklists, HTML comments, empty-answer
   * placeholders and bracketed title tags such as `[DevTools Bug]`. Templates often name the
   * label outright, so a benchmark must be able to remove them; on a team's own tracker the
   * template a reporter picked is honest signal, so the default keeps them.
   */
  stripTemplates?: boolean;
  /** Body characters kept after cleaning; long logs add cost, not signal. Default 3000. */
  maxBodyChars?: number;
}

/** A ticket's text after normalisation: what the featuriser sees. */
export interface PreparedText {
  /** Normalised, lower-cased title with placeholders for code, traces, URLs and versions. */
  title: string;
  /** Normalised, lower-cased body, same placeholders, truncated to `maxBodyChars`. */
  body: string;
}

/** Placeholder tokens that replace spans carrying no label signal in their literal form. */
export const PLACEHOLDERS = {
  code: ' xxcode ',
  stack: ' xxstack ',
  url: ' xxurl ',
  version: ' xxversion ',
  hash: ' xxhash ',
  path: ' xxpath ',
  number: ' xxnum ',
} as const;

/**
 * Normalises a ticket for the labeller: Unicode NFKC and lower case; fenced code blocks and
 * stack traces each collapse to one placeholder token (their presence is a strong bug signal,
 * their content is noise); URLs, file paths, version strings, commit hashes and long numbers
 * become placeholders; optionally template scaffolding is removed.
 *
 * @example
 * prepareText('Crash in 2.3.1', 'See https://x.io\n```\nfoo()\n```').body; // => 'see xxurl xxcode'
 */
export function prepareText(title: string, body = '', options: PrepareOptions = {}): PreparedText {
  const strip = options.stripTemplates ?? false;
  const maxBody = options.maxBodyChars ?? 3000;
  let t = normalise(title);
  if (strip) t = t.replace(TITLE_TAG, ' ');
  let b = normalise(body);
  b = b.replace(FENCED_CODE, PLACEHOLDERS.code);
  if (strip) b = stripTemplate(b);
  b = collapseStackTraces(b);
  return { title: squash(replaceLiterals(t)), body: squash(replaceLiterals(b)).slice(0, maxBody) };
}

// Leading `[Bug]`, `[DevTools Bug]:`, `[Feature Request] -` tags that templates prepend to titles.
const TITLE_TAG = /^\s*(?:\[[^\]\n]{1,40}\]\s*[:\-–]?\s*)+/u;
const FENCED_CODE = /(```|~~~)[^\n]*\n[\s\S]*?(?:\1|$)/g;
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const HEADING_LINE = /^\s{0,3}#{1,6}\s.*$/gm;
const CHECKLIST_LINE = /^\s*[-*]\s*\[[ xX]?\]\s.*$/gm;
const PLACEHOLDER_ANSWER = /_no response_|\bn\/a\b/g;
const URL = /\b(?:https?|ftp):\/\/[^\s<>()"'`]+|\bwww\.[^\s<>()"'`]+/g;
const EMAIL = /\b[\w.+-]+@[\w-]+\.[\w.-]+\b/g;
const VERSION = /\bv?\d+(?:\.\d+){1,3}(?:[-+][0-9a-z.]+)?\b/g;
const HEX_HASH = /\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}\b/g;
const FILE_PATH = /(?:[a-z]:)?(?:[\\/][\w.@-]+){2,}(?::\d+)*/g;
const LONG_NUMBER = /\b\d{3,}\b/g;

// A stack frame in the common runtimes: JS/Java/C# `at x (file:1:2)`, Python `File "x", line 3`,
// gdb/lldb `#3 0x…`, Go `goroutine`/`.go:12`, Rust `N: path::fn`.
const FRAME =
  /^\s*(?:at\s+\S.*(?:\(.*\)|:\d+)|file\s+".*",\s+line\s+\d+.*|#\d+\s+0x[0-9a-f]+.*|\S+\.(?:go|rs|py|js|ts|java|cc?|cpp|kt):\d+.*|\d+:\s+0x[0-9a-f]+.*|traceback \(most recent call last\):.*|\w+(?:\.\w+)+\(.*\.(?:java|kt|scala):\d+\).*)$/;

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\r\n?/g, '\n');
}

function stripTemplate(body: string): string {
  return body
    .replace(HTML_COMMENT, ' ')
    .replace(HEADING_LINE, ' ')
    .replace(CHECKLIST_LINE, ' ')
    .replace(PLACEHOLDER_ANSWER, ' ');
}

function collapseStackTraces(body: string): string {
  const out: string[] = [];
  let inTrace = false;
  for (const line of body.split('\n')) {
    if (FRAME.test(line)) {
      if (!inTrace) out.push(PLACEHOLDERS.stack);
      inTrace = true;
    } else {
      inTrace = false;
      out.push(line);
    }
  }
  return out.join('\n');
}

function replaceLiterals(text: string): string {
  return text
    .replace(URL, PLACEHOLDERS.url)
    .replace(EMAIL, ' ')
    .replace(FILE_PATH, PLACEHOLDERS.path)
    .replace(VERSION, PLACEHOLDERS.version)
    .replace(HEX_HASH, PLACEHOLDERS.hash)
    .replace(LONG_NUMBER, PLACEHOLDERS.number);
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
