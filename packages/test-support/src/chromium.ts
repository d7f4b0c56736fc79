// The real-browser suites drive Debian's chromium through playwright-core (never a downloaded
// browser). Suites skip with a clear message when it is not installed.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';

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
