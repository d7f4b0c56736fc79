import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_SKIP_REASON, hasChromium, launchChromium } from '@trailmap/test-support';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoWorkspace } from '../../src/demo/demoWorkspace';
import type { Store } from '../../src/storage/store';
import { type RunningServer, startTestServer } from '../server/testServer';
import { memoryStore } from '../support/testStore';
import { SEED_ORG, seedWorkspace, XSS_TITLE } from '../support/workspaceSeed';

const missing = hasChromium ? undefined : CHROMIUM_SKIP_REASON;
if (missing) console.warn(missing);
// Screenshots go to a scratch folder unless TRAILMAP_SCREENSHOTS_DIR asks for them (e.g. docs/images),
// so a test run never rewrites tracked files.
const IMAGES = process.env.TRAILMAP_SCREENSHOTS_DIR ?? mkdtempSync(join(tmpdir(), 'trailmap-shots-'));
const NOW = Date.UTC(2026, 1, 20, 9);

describe.skipIf(missing)('roadmap page in a real browser at 360 px, served by the real server', () => {
  let browser: Browser;
  let store: Store;
  let server: RunningServer;

  beforeAll(async () => {
    store = await memoryStore();
    await seedWorkspace(store);
    server = await startTestServer(store, { LINEAR_API_KEY: 'lin_api_test' }, { now: () => NOW });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  async function open(path: string) {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const response = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    return { page, response, dialogs, errors };
  }

  it('renders an XSS title as text, runs no script, and has no horizontal overflow', async () => {
    const { page, response, dialogs } = await open(
      server.deps.pageSigner.signPath(`/roadmap/${SEED_ORG}/team/ENG`, 600, NOW),
    );
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.getByText(XSS_TITLE).first().isVisible()).toBe(true);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    mkdirSync(IMAGES, { recursive: true });
    await page.screenshot({ path: join(IMAGES, 'linear-roadmap-360.png'), fullPage: true });
    await page.close();
  });

  it('the score page fits 360 px and escapes customer names', async () => {
    const { page, dialogs } = await open(
      server.deps.pageSigner.signPath(`/score/${SEED_ORG}/issue/ENG-1`, 600, NOW),
    );
    await expect.poll(() => page.getByText('Acme <b>Corp</b>').first().isVisible()).toBe(true);
    expect(dialogs).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(IMAGES, 'linear-score-360.png'), fullPage: true });
    await page.close();
  });

  it('the cycle plan preview fits 360 px', async () => {
    const { page, response } = await open(
      server.deps.pageSigner.signPath(`/plan/${SEED_ORG}/team/ENG`, 600, NOW),
    );
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.getByRole('button', { name: 'Apply to Linear' }).isVisible()).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(IMAGES, 'linear-plan-360.png'), fullPage: true });
    await page.close();
  });

  it('serves the demo workspace with a visible "Demo data" banner', async () => {
    const demoServer = await startTestServer(store, {}, { now: () => NOW, demo: createDemoWorkspace() });
    try {
      const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
      const response = await page.goto(`${demoServer.url}/roadmap/demo`);
      expect(response?.status()).toBe(200);
      await expect.poll(() => page.getByText('Demo data').first().isVisible()).toBe(true);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.close();
    } finally {
      await demoServer.close();
    }
  });
});
