// The hostile text every page suite feeds through real data (names, titles, query strings): one
// payload per way markup could run, and a name too long to fit. One set, so a payload added here
// is tried on every page of every package.

/** A script element. */
export const HOSTILE_SCRIPT = '<script>alert(1)</script>';
/** A quote that would close an attribute and open an event handler. */
const HOSTILE_HANDLER = '"onmouseover=alert(1) x="';
/** A script URL, for anything that becomes a link. */
export const HOSTILE_JS_LINK = 'javascript:alert(1)';
/** All three in one string. */
export const HOSTILE = `${HOSTILE_SCRIPT} ${HOSTILE_HANDLER} ${HOSTILE_JS_LINK}`;

/**
 * A 120-character name with no break opportunity (as a version or cycle name pasted from a
 * branch), starting with `initial`.
 *
 * @example
 * unbreakableName('R').length; // => 120
 */
export const unbreakableName = (initial: string): string => `${initial}${'x'.repeat(59)}_${'y'.repeat(59)}`;

/**
 * What a page's HTML must never contain: the raw script, a handler attribute, a script URL.
 *
 * @example
 * expect(rawLeaks(html)).toEqual([]);
 */
export const rawLeaks = (html: string): string[] =>
  [HOSTILE_SCRIPT, '"onmouseover=', '="javascript:', "='javascript:"].filter((s) => html.includes(s));
