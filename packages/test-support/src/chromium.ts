// The real-browser suites drive Debian's chromium through playwright-core (never a downloaded
// browser). Suites skip with a clear message when it is not installed.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';

/** Where Debian installs chromium (`apt-get install chromium`). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Whether the browser suites can run here. */
export const hasChromium = existsSync(CHROMIUM_PATH);

/** The reason printed when a browser suite skips. */
export const CHROMIUM_SKIP_REASON = `real-browser tests skipped: ${CHROMIUM_PATH} not found (install it with apt-get install chromium; .ci/run does)`;

/** The flags every suite launches with: headless, no sandbox (containers), no GPU, no background traffic. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

/**
 * Launches headless chromium with the flags that keep it quiet and offline-friendly.
 *
 * @example
 * const browser = await launchChromium();
 * const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
 */
export async function launchChromium(): Promise<Browser> {
  // playwright-core is CommonJS; requiring it lazily keeps the import cheap when a suite skips.
  const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** The suite hooks `suiteBrowser` registers (vitest's, passed in so test-support does not load vitest). */
export interface SuiteHooks {
  beforeAll(fn: () => Promise<void>, timeout?: number): void;
  afterAll(fn: () => Promise<void>): void;
}

/**
 * One chromium for the calling suite: launched before its first test, closed after its last.
 * Returns a getter for the running browser.
 *
 * @example
 * describe.skipIf(!hasChromium)('pages', () => {
 *   const browser = suiteBrowser({ beforeAll, afterAll });
 *   it('opens', async () => { const page = await browser().newPage(); });
 * });
 */
export function suiteBrowser(hooks: SuiteHooks): () => Browser {
  let browser: Browser | undefined;
  hooks.beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  hooks.afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('suiteBrowser: the browser is used before the suite launched it');
    return browser;
  };
}

/**
 * Opens `url` in a new page `width` pixels wide, recording (and dismissing) every dialog, then
 * moves the mouse across the page so that a handler that slipped through gets the chance to fire.
 *
 * @example
 * const { page, dialogs } = await openInert(browser(), url, 360);
 * expect(dialogs).toEqual([]);
 */
export async function openInert(
  browser: Browser,
  url: string,
  width: number,
): Promise<{ page: Page; dialogs: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });
  for (const [x, y] of [
    [width / 2, 200],
    [20, 400],
    [20, 500],
  ] as const)
    await page.mouse.move(x, y);
  return { page, dialogs };
}
