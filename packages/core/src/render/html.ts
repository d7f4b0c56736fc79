import { escapeHtml, safeUrl } from './escapeHtml';

/**
 * Markup that is already safe: produced by `html`, or vouched for with `rawHtml`. Interpolating
 * it into `html` inserts it as is; every other value is escaped.
 */
export class SafeHtml {
  readonly #markup: string;
  constructor(markup: string) {
    this.#markup = markup;
  }
  toString(): string {
    return this.#markup;
  }
}

/** What may be interpolated: text and numbers are escaped, nullish and `false` render nothing. */
export type HtmlValue =
  | SafeHtml
  | string
  | number
  | bigint
  | boolean
  | null
  | undefined
  | readonly HtmlValue[];

/** Attributes whose value is a URL: an interpolation there passes the `safeUrl` rule. */
const URL_ATTRIBUTE = /\s(?:href|src|action|formaction|poster|cite|xlink:href)\s*=\s*["']?$/i;

/** How much markup before an interpolation decides its context (an attribute name and `=`). */
const CONTEXT_CHARS = 256;

/**
 * Whether the markup ends inside a tag at an attribute value written without quotes
 * (`<img src=${x}>`); `html` then adds the quotes. Quoted values before it are skipped first,
 * so an `=` inside one (`href="/a?b=${x}"`) is not taken for an attribute.
 */
function unquotedValue(before: string): boolean {
  const tag = before.slice(before.lastIndexOf('<'));
  if (!tag.startsWith('<')) return false;
  const bare = tag.replace(/"[^"]*"|'[^']*'/g, '""');
  return !bare.includes('>') && /\s[^\s<>="'/]+\s*=\s*$/.test(bare);
}

/** What an unsafe URL turns into: a link to nowhere rather than `javascript:`. */
const BLOCKED_URL = '#';

/**
 * The one auto-escaping HTML template for every page. Interpolated strings are escaped for
 * element content and quoted attributes; arrays are joined; nested `html` results are kept as
 * markup. An interpolation that is the value of a URL attribute (`href`, `src`, `action`, …)
 * must pass `safeUrl` (http, https or relative), else it becomes `#`: a `javascript:` link from
 * a tracker can never reach the page. An unquoted attribute value is quoted, so a space in the
 * data cannot open a new attribute (`onmouseover=`).
 *
 * @example
 * html`<a href="${'javascript:alert(1)'}">${'<b>'}</a>`.toString(); // => '<a href="#">&lt;b&gt;</a>'
 * html`<ul>${['a', 'b'].map((x) => html`<li>${x}</li>`)}</ul>`.toString(); // => '<ul><li>a</li><li>b</li></ul>'
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  // The context of a value is the markup just before it. Only that tail is kept and searched,
  // so a page that interpolates a multi-megabyte section stays linear to build.
  let before = out.slice(-CONTEXT_CHARS);
  for (let i = 0; i < values.length; i++) {
    const value = URL_ATTRIBUTE.test(before) ? urlValue(values[i]) : render(values[i]);
    // Escaping does not touch spaces, so an unquoted value could start a new attribute.
    const text = unquotedValue(before) ? `"${value}"` : value;
    const next = strings[i + 1] ?? '';
    out += text + next;
    before =
      next.length >= CONTEXT_CHARS
        ? next.slice(-CONTEXT_CHARS)
        : (before + text.slice(-CONTEXT_CHARS) + next).slice(-CONTEXT_CHARS);
  }
  return new SafeHtml(out);
}

/**
 * Marks trusted markup (a stylesheet constant, an inline SVG built by core) so `html` inserts it
 * unescaped. Never pass it anything that came from a request or a tracker.
 *
 * @example
 * html`<style>${rawHtml('a > b { color: red }')}</style>`.toString(); // => '<style>a > b { color: red }</style>'
 */
export function rawHtml(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.toString();
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

function urlValue(value: HtmlValue): string {
  if (value instanceof SafeHtml) return safeUrl(value.toString()) ?? BLOCKED_URL;
  if (value === null || value === undefined || value === false) return BLOCKED_URL;
  return escapeHtml(safeUrl(String(value)) ?? BLOCKED_URL);
}
