// Checks the page-level tests share: is a page inert (nothing from the data can run), does a
// piece of text stay inside its box, and does a bar fill as far as its label says.
import type { Page } from 'playwright-core';

/** What could run on a page: script elements, event-handler attributes and script URLs. */
export interface PageActivity {
  scripts: number;
  /** `tag[attribute]` of every `on…` attribute. */
  handlers: string[];
  /** Every `href`/`src`/`action`/`formaction`/`xlink:href` whose value is not http(s), relative or `#`. */
  scriptUrls: string[];
}

/**
 * Reads, in the live DOM, everything on the page that could execute. An inert page answers
 * `{ scripts: 0, handlers: [], scriptUrls: [] }`.
 *
 * @example
 * expect(await pageActivity(page)).toEqual({ scripts: 0, handlers: [], scriptUrls: [] });
 */
export async function pageActivity(page: Page): Promise<PageActivity> {
  return page.evaluate(() => {
    const handlers: string[] = [];
    const scriptUrls: string[] = [];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        const name = attr.name.toLowerCase();
        if (name.startsWith('on')) handlers.push(`${el.tagName.toLowerCase()}[${name}]`);
        if (/^(href|src|action|formaction|xlink:href)$/.test(name)) {
          const value = attr.value.trim();
          if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^https?:/i.test(value)) scriptUrls.push(value);
        }
      }
    }
    return { scripts: document.scripts.length, handlers, scriptUrls };
  });
}

/** Where elements sit against their parent, in CSS pixels. */
export interface BoxFit {
  text: string;
  /** How far the element reaches past its parent's content box on the right (≤ 0 inside). */
  pastParent: number;
  /** `scrollWidth - clientWidth` of the element: > 0 when its own content overflows. */
  overflow: number;
  /** Line boxes of its text: > 1 when it wrapped. */
  lines: number;
}

/**
 * Measures each element matching `selector` against its parent, and the page's sideways
 * scroll (`document` overflow).
 *
 * @example
 * const { boxes, pageOverflow } = await boxFit(page, 'h2');
 */
export async function boxFit(
  page: Page,
  selector: string,
): Promise<{ boxes: BoxFit[]; pageOverflow: number }> {
  return page.evaluate((sel) => {
    const boxes = Array.from(document.querySelectorAll<HTMLElement>(sel))
      .filter((el) => el.getBoundingClientRect().width > 0)
      .map((el) => {
        const parent = el.parentElement!;
        const style = getComputedStyle(parent);
        const contentRight =
          parent.getBoundingClientRect().right -
          Number.parseFloat(style.paddingRight) -
          Number.parseFloat(style.borderRightWidth);
        const range = document.createRange();
        range.selectNodeContents(el);
        const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
        return {
          text: (el.textContent ?? '').slice(0, 40),
          pastParent: el.getBoundingClientRect().right - contentRight,
          overflow: el.scrollWidth - el.clientWidth,
          lines: tops.size,
        };
      });
    const root = document.documentElement;
    return { boxes, pageOverflow: root.scrollWidth - root.clientWidth };
  }, selector);
}

/** A bar's fill against its track, and the percentage its label prints. */
export interface BarReading {
  /** Fill width ÷ track width × track width: the fill in pixels. */
  fillPx: number;
  trackPx: number;
  /** The label's percentage times the track width: where the fill should end, in pixels. */
  labelPx: number;
  label: string;
}

/**
 * Reads every bar under `container` selectors: the fill's and track's rendered widths and
 * the first number in the label, so a test can compare fill and words in pixels.
 *
 * @example
 * const bars = await readBars(page, { bar: '.progress', track: '.track', fill: '.d', label: '.pct' });
 */
export async function readBars(
  page: Page,
  s: { bar: string; track: string; fill: string; label: string },
): Promise<BarReading[]> {
  return page.evaluate((sel) => {
    return Array.from(document.querySelectorAll(sel.bar))
      .filter((bar) => bar.getBoundingClientRect().width > 0)
      .map((bar) => {
        const track = bar.querySelector(sel.track)!.getBoundingClientRect().width;
        const fill = bar.querySelector(sel.fill)!.getBoundingClientRect().width;
        const label = bar.querySelector(sel.label)?.textContent ?? '';
        const percent = Number(/(\d+(?:\.\d+)?)\s*%/.exec(label)?.[1] ?? Number.NaN);
        return { fillPx: fill, trackPx: track, labelPx: (percent / 100) * track, label };
      });
  }, s);
}
