import { CHROMIUM_SKIP_REASON, hasChromium, launchChromium } from '@trailmap/test-support';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/storage/store';
import { type RunningServer, startTestServer } from '../server/testServer';
import { BACKENDS, migratedDatabase, type TestDatabase } from '../storage/backends';

const missing = hasChromium ? undefined : CHROMIUM_SKIP_REASON;

// A page as an attacker would like it: an inline script (as if a Linear issue title escaped
// the renderer), an external image (a tracking beacon) and an inline data: image (allowed).
const HOSTILE_PAGE = `<!doctype html><html><head><title>safe</title></head><body>
<script>document.title = 'pwned';</script>
<img id="beacon" src="https://tracker.example/pixel.png">
<img id="inline" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7">
<p style="color: rgb(200, 0, 0)" id="styled">styled</p></body></html>`;

describe.skipIf(missing)(
  `security headers enforced by a real browser${missing ? ` (${missing})` : ''}`,
  () => {
    let browser: Browser;
    let db: TestDatabase;
    let store: Store;
    let server: RunningServer;

    beforeAll(async () => {
      ({ db, store } = await migratedDatabase(BACKENDS[0]!));
      server = await startTestServer(
        store,
        { LINEAR_API_KEY: 'k' },
        {
          extend: (app) => app.get('/test-hostile', (c) => c.html(HOSTILE_PAGE)),
        },
      );
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await store?.close();
      await db?.dispose();
    });

    it('blocks inline scripts and external loads, keeps inline styles and data: images', async () => {
      const page = await browser.newPage();
      const external: string[] = [];
      page.on('requestfailed', (r) => {
        if (!r.url().startsWith(server.url)) external.push(`${r.url()} ${r.failure()?.errorText}`);
      });
      page.on('response', (r) => {
        if (!r.url().startsWith(server.url) && !r.url().startsWith('data:'))
          external.push(`${r.url()} LOADED`);
      });
      await page.goto(`${server.url}/test-hostile`);
      const result = await page.evaluate(() => ({
        title: document.title,
        inlineLoaded: (document.getElementById('inline') as HTMLImageElement).naturalWidth,
        color: getComputedStyle(document.getElementById('styled')!).color,
      }));
      await page.close();
      expect(result).toEqual({ title: 'safe', inlineLoaded: 1, color: 'rgb(200, 0, 0)' });
      // Chromium reports the beacon as attempted and blocked by the policy, never as loaded.
      expect(external).toHaveLength(1);
      expect(external[0]).toMatch(/^https:\/\/tracker\.example\/pixel\.png .*csp/i);
    });
  },
);
