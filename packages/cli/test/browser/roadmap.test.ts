import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { WorkItemSchema } from '@trailmap/core';
import { CHROMIUM_SKIP_REASON, hasChromium, launchChromium } from '@trailmap/test-support';
import { loadBacklog } from '@trailmap/trackers';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRoadmap } from '../../src/commands/roadmap';
import { DEMO_TODAY } from '../../src/demo/roadmap';
import { inputValue } from '../../src/errors';

const here = dirname(fileURLToPath(import.meta.url));
const sample = join(here, '..', '..', 'samples', 'backlog.jira.csv');
// Screenshots go to a scratch folder unless TRAILMAP_SCREENSHOTS_DIR asks for them (e.g. docs/images,
// to refresh the README's pictures), so a test run never rewrites tracked files.
const images = process.env.TRAILMAP_SCREENSHOTS_DIR ?? mkdtempSync(join(tmpdir(), 'trailmap-shots-'));
const XSS = '<img src=x onerror=alert(1)>';
const WIDTHS = [360, 1280] as const;

if (!hasChromium) console.warn(CHROMIUM_SKIP_REASON);

describe.skipIf(!hasChromium)('roadmap page in a real browser (sample backlog + an XSS title)', () => {
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    // The sample Jira export plus one item whose title is markup, through the real CLI path.
    const { backlog } = inputValue(await loadBacklog(sample));
    backlog.items.push(
      WorkItemSchema.parse({
        id: 'XSS-1',
        key: 'XSS-1',
        title: XSS,
        type: 'Epic',
        statusCategory: 'in_progress',
        initiative: 'Self-serve growth',
        // Overdue, so the title also appears in the at-risk callout at the top of the page.
        startDate: '2026-11-02',
        targetDate: '2026-11-20',
      }),
    );
    const dir = mkdtempSync(join(tmpdir(), 'trailmap-roadmap-browser-'));
    const file = join(dir, 'backlog.json');
    writeFileSync(file, JSON.stringify(backlog));
    const run = await runRoadmap(file, {
      today: DEMO_TODAY,
      groupBy: 'initiative',
      title: 'Trailmap sample roadmap',
      banner: 'Demo data',
      out: join(dir, 'roadmap.html'),
    });
    url = pathToFileURL(run.outFile).href;
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(width: number): Promise<{ page: Page; dialogs: string[]; requests: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    const dialogs: string[] = [];
    const requests: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(url);
    return { page, dialogs, requests };
  }

  for (const width of WIDTHS) {
    it(`at ${width} px: no two bars in one lane overlap, measured in the page`, async () => {
      const { page } = await open(width);
      // Only the copy of the timeline shown at this width (the other is display: none).
      const boxes = await page.$$eval('.bar', (bars) =>
        bars
          .filter((bar) => bar.getBoundingClientRect().width > 0)
          .map((bar) => {
            const shape = bar.querySelector('rect.body, polygon')!.getBoundingClientRect();
            const label = bar.querySelector('text:not(.flag-t)')!.getBoundingClientRect();
            return {
              lane: bar.getAttribute('data-lane'),
              left: shape.left,
              right: shape.right,
              labelRight: label.right,
            };
          }),
      );
      const lanes = new Map<string | null, typeof boxes>();
      for (const b of boxes) lanes.set(b.lane, [...(lanes.get(b.lane) ?? []), b]);
      const collisions: string[] = [];
      for (const [lane, bars] of lanes) {
        bars.sort((a, b) => a.left - b.left);
        bars.forEach((b, i) => {
          const next = bars[i + 1];
          // Neither the bar nor its label may reach the next bar in the lane.
          if (next && Math.max(b.right, b.labelRight) > next.left + 0.5)
            collisions.push(`lane ${lane} at x=${b.left}`);
        });
      }
      expect([boxes.length > 10, lanes.size > 3, collisions]).toEqual([true, true, []]);
      await page.close();
    });

    it(`at ${width} px: the page never scrolls sideways; the timeline scrolls in its own frame`, async () => {
      const { page } = await open(width);
      const metrics = await page.evaluate(() => {
        const frame = document.querySelector('.timeline-frame')!;
        return {
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          frameFits: frame.getBoundingClientRect().right <= document.documentElement.clientWidth,
          frameScrolls: getComputedStyle(frame).overflowX === 'auto',
        };
      });
      expect(metrics).toEqual({ overflow: 0, frameFits: true, frameScrolls: true });
      await page.close();
    });

    it(`at ${width} px: the XSS title is inert text, and nothing is fetched`, async () => {
      const { page, dialogs, requests } = await open(width);
      const result = await page.evaluate((xss) => {
        const titles = Array.from(document.querySelectorAll('.card .title, .srow .t')).filter(
          (e) => e.textContent === xss,
        );
        const visible = titles.some((e) => {
          const r = e.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
        });
        const svgTitle = Array.from(document.querySelectorAll('.bar title')).some((t) =>
          t.textContent?.startsWith(`XSS-1: ${xss}`),
        );
        const inCallout = document.querySelector('.callout')?.textContent?.includes(`XSS-1 ${xss}`) ?? false;
        return { images: document.querySelectorAll('img').length, visible, svgTitle, inCallout };
      }, XSS);
      expect({ ...result, dialogs, requests: requests.filter((r) => r !== url) }).toEqual({
        images: 0,
        visible: true,
        svgTitle: true,
        inCallout: true,
        dialogs: [],
        requests: [],
      });
      await page.close();
    });
  }

  it('every item is reachable by keyboard with an accessible name', async () => {
    const { page } = await open(1280);
    const names: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      names.push(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''));
    }
    expect(names.every((n) => n.length > 0)).toBe(true);
    await page.close();
  });

  it('prints the whole timeline without a scroll frame, within the page width', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const frame = document.querySelector('.tl-wide') ?? document.querySelector('.timeline-frame')!;
      const svg = frame.querySelector('svg')!.getBoundingClientRect();
      return {
        frameOverflow: getComputedStyle(frame).overflowX,
        svgFits: svg.right <= document.documentElement.clientWidth + 0.5,
        narrowHidden:
          getComputedStyle(document.querySelector('.tl-narrow') ?? frame).display !== 'none'
            ? 'shown'
            : 'hidden',
      };
    });
    expect(printed).toEqual({ frameOverflow: 'visible', svgFits: true, narrowHidden: 'hidden' });
    await page.close();
  });

  it('saves screenshots at 360 and 1280 px for the README', async () => {
    const sizes: number[] = [];
    for (const width of WIDTHS) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(url);
      // The top of the page (header and board) and the timeline on its own, at each width.
      const top = await page.screenshot({
        path: join(images, `roadmap-${width}.png`),
        fullPage: true,
        clip: { x: 0, y: 0, width, height: width === 360 ? 1400 : 1200 },
      });
      const timeline = await page
        .locator('.timeline-section')
        .screenshot({ path: join(images, `roadmap-timeline-${width}.png`) });
      sizes.push(top.length, timeline.length);
      await page.close();
    }
    expect(sizes.every((bytes) => bytes > 10_000)).toBe(true);
  }, 60_000);
});
