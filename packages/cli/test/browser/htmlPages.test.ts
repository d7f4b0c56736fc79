import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  boxFit,
  CHROMIUM_SKIP_REASON,
  HOSTILE,
  HOSTILE_SCRIPT,
  hasChromium,
  openInert,
  pageActivity,
  readBars,
  suiteBrowser,
  unbreakableName,
} from '@trailmap/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/main';
import { captureOutput } from '../support/captureOutput';

// Every HTML page the CLI writes, from hostile input, through the real commands, then opened in
// headless Chromium: nothing from the data may run, long names wrap, bars fill as labelled.
// 120 characters with no break opportunity: a real Jira version name pasted from a branch.
const LONG_RELEASE = unbreakableName('R');

const here = dirname(fileURLToPath(import.meta.url));
const samples = join(here, '..', '..', 'samples');
const dir = mkdtempSync(join(tmpdir(), 'trailmap-html-pages-'));
const io = captureOutput();

const rice = { reach: 100, impact: 2, confidence: 0.8, effort: 1 };
const item = (key: string, extra: object) => ({
  id: key,
  key,
  title: `${key} ${HOSTILE}`,
  statusCategory: 'todo',
  ...extra,
});

/** A Trailmap JSON backlog: an epic 2/5 done, hostile titles, assignee and releases. */
function writeBacklog(): string {
  const epic = item('E-1', {
    type: 'Epic',
    statusCategory: 'in_progress',
    assignee: HOSTILE,
    release: LONG_RELEASE,
    startDate: '2026-11-02',
    targetDate: '2026-12-20',
  });
  const child = (n: number, statusCategory: string) =>
    item(`S-${n}`, { parentKey: 'E-1', statusCategory, estimate: { value: 1, unit: 'points' } });
  const items = [
    epic,
    child(1, 'done'),
    child(2, 'done'),
    child(3, 'in_progress'),
    child(4, 'todo'),
    child(5, 'todo'),
    item('X-1', { estimate: { value: 4, unit: 'points' }, fields: rice, release: LONG_RELEASE }),
    item('X-2', { estimate: { value: 3, unit: 'points' }, fields: rice, initiative: HOSTILE }),
  ];
  const releases = [
    // As in a Jira export, the version's name is its id.
    { id: LONG_RELEASE, name: LONG_RELEASE, start: '2026-11-23', end: '2026-12-06', capacity: 10 },
    { id: 'R-xss', name: HOSTILE, start: '2026-12-07', end: '2026-12-20', capacity: 10 },
  ];
  const file = join(dir, 'backlog.json');
  writeFileSync(file, JSON.stringify({ items, releases }));
  return file;
}

/** The sample export with the idea behind the bulk-edit experiment renamed to the payload. */
function writeOutcomesBacklog(): string {
  const csv = readFileSync(join(samples, 'backlog.jira.csv'), 'utf8');
  const quoted = `"${`INB-111 ${HOSTILE}`.replaceAll('"', '""')}"`;
  const file = join(dir, 'outcomes.jira.csv');
  writeFileSync(file, csv.replace('\nBulk edit tickets,INB-111,', `\n${quoted},INB-111,`));
  return file;
}

const pages: Record<'plan' | 'roadmap' | 'experiment' | 'outcomes', string> = {
  plan: join(dir, 'plan.html'),
  roadmap: join(dir, 'roadmap.html'),
  experiment: join(dir, 'experiment.html'),
  outcomes: join(dir, 'outcomes.html'),
};

/** Runs a command with `--out <page>`, expects exit 0, and returns the page it wrote. */
async function writePage(name: keyof typeof pages, args: string[]): Promise<string> {
  expect(await runCli([...args, '--out', pages[name]])).toBe(0);
  return readFileSync(pages[name], 'utf8');
}

describe('every CLI HTML page from hostile input', () => {
  let backlog: string;

  beforeAll(() => {
    backlog = writeBacklog();
  });

  it('trailmap plan --format html escapes titles and release names', async () => {
    const args = ['plan', backlog, '--format', 'html', '--instant', '--today', '2026-11-26'];
    expect(await runCli(args)).toBe(0);
    writeFileSync(pages.plan, io.out);
    expect([
      io.out.includes(HOSTILE_SCRIPT),
      io.out.includes('&lt;script&gt;alert(1)&lt;/script&gt;'),
    ]).toEqual([false, true]);
    expect(io.out).toContain(LONG_RELEASE);
  });

  it('trailmap roadmap --out escapes titles, assignees, group and release names', async () => {
    const html = await writePage('roadmap', [
      'roadmap',
      backlog,
      '--today',
      '2026-11-26',
      '--group-by',
      'initiative',
    ]);
    expect([html.includes(HOSTILE_SCRIPT), html.includes('&quot;onmouseover=alert(1) x=&quot;')]).toEqual([
      false,
      true,
    ]);
  });

  it('trailmap experiment analyze --format html escapes metric and variant names', async () => {
    const file = join(dir, 'experiment.json');
    writeFileSync(
      file,
      JSON.stringify({
        metric: { type: 'binomial', name: HOSTILE },
        variants: [
          { name: 'control', users: 10_000, conversions: 1_000 },
          { name: HOSTILE, users: 10_000, conversions: 1_100 },
        ],
      }),
    );
    const html = await writePage('experiment', ['experiment', 'analyze', file, '--format', 'html']);
    expect(html.includes(HOSTILE_SCRIPT)).toBe(false);
  });

  it('trailmap outcomes --format html escapes idea titles', async () => {
    const html = await writePage('outcomes', [
      'outcomes',
      writeOutcomesBacklog(),
      '--experiments',
      join(samples, 'experiments'),
      '--format',
      'html',
    ]);
    expect([html.includes(HOSTILE_SCRIPT), html.includes('INB-111 &lt;script&gt;')]).toEqual([false, true]);
  });
});

if (!hasChromium) console.warn(CHROMIUM_SKIP_REASON);

describe.skipIf(!hasChromium)('the CLI pages in a real browser', () => {
  const browser = suiteBrowser({ beforeAll, afterAll });
  const open = (name: keyof typeof pages, width: number) =>
    openInert(browser(), pathToFileURL(pages[name]).href, width);

  for (const name of Object.keys(pages) as (keyof typeof pages)[]) {
    it(`${name}.html is inert: the payload is text, no script, handler or script URL`, async () => {
      const { page, dialogs } = await open(name, 1280);
      const text = await page.evaluate(() => document.body.textContent ?? '');
      expect({ ...(await pageActivity(page)), dialogs, shown: text.includes(HOSTILE_SCRIPT) }).toEqual({
        scripts: 0,
        handlers: [],
        scriptUrls: [],
        dialogs: [],
        shown: true,
      });
      await page.close();
    });
  }

  for (const width of [360, 1280]) {
    it(`plan.html at ${width} px: a 120-character release name wraps inside its section`, async () => {
      const { page } = await open('plan', width);
      const { boxes, pageOverflow } = await boxFit(page, 'section > h2');
      const long = boxes.find((b) => b.text.startsWith(LONG_RELEASE.slice(0, 20)));
      expect(long).toBeDefined();
      expect({
        pageOverflow,
        inside: long!.pastParent <= 0.5,
        overflow: long!.overflow,
        wrapped: long!.lines > 1,
      }).toEqual({
        pageOverflow: 0,
        inside: true,
        overflow: 0,
        wrapped: true,
      });
      await page.close();
    });

    it(`roadmap.html at ${width} px: the long release name stays inside its card and the meta line`, async () => {
      const { page } = await open('roadmap', width);
      const chips = await boxFit(page, '.chip[title="Release"]');
      const meta = await boxFit(page, '.meta b');
      const long = [...chips.boxes, ...meta.boxes].filter((b) =>
        b.text.startsWith(LONG_RELEASE.slice(0, 20)),
      );
      expect(long.length).toBeGreaterThanOrEqual(2);
      expect({
        pageOverflow: chips.pageOverflow,
        outside: long.filter((b) => b.pastParent > 0.5).map((b) => b.pastParent),
      }).toEqual({ pageOverflow: 0, outside: [] });
      await page.close();
    });
  }

  it('plan.html: each capacity bar fills exactly as far as its percentage label says', async () => {
    const { page } = await open('plan', 1280);
    const bars = await readBars(page, { bar: '.usage', track: '.bar', fill: '.bar span', label: '.label' });
    expect(bars.some((b) => b.fillPx > 0 && b.fillPx < b.trackPx)).toBe(true);
    for (const b of bars) expect(Math.abs(b.fillPx - b.labelPx), b.label).toBeLessThanOrEqual(1.5);
    await page.close();
  });

  it('roadmap.html: the epic’s progress bar fills 40 % when its label says 40 % (2 of 5 done, 1 in progress)', async () => {
    const { page } = await open('roadmap', 1280);
    const bars = await readBars(page, { bar: '.progress', track: '.track', fill: '.d', label: '.pct' });
    expect(bars.map((b) => b.label)).toContain('40%');
    for (const b of bars) expect(Math.abs(b.fillPx - b.labelPx), b.label).toBeLessThanOrEqual(1.5);
    await page.close();
  });
});
