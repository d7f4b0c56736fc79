import { describe, expect, it } from 'vitest';
import { SAMPLE_TODAY, sampleProductBacklog, workItem } from '../roadmap/__fixtures__/roadmapFixtures';
import { buildRoadmap } from '../roadmap/buildRoadmap';
import { type RoadmapHtmlInput, renderRoadmapHtml } from './renderRoadmapHtml';

const XSS = '<img src=x onerror=alert(1)>';

function sample(overrides: Partial<RoadmapHtmlInput> = {}): RoadmapHtmlInput {
  const { items, releases, scores } = sampleProductBacklog();
  items.push(
    workItem({
      key: 'PM-99',
      title: XSS,
      initiative: XSS,
      startDate: '2026-02-02',
      targetDate: '2026-02-20',
    }),
  );
  return { items, releases, scores, today: SAMPLE_TODAY, groupBy: 'initiative', ...overrides };
}

describe('renderRoadmapHtml', () => {
  it('is one complete document with the strict CSP as a meta tag', () => {
    const html = renderRoadmapHtml(sample());
    expect([
      html.startsWith('<!doctype html>'),
      html.includes(
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
      ),
      html.trimEnd().endsWith('</html>'),
    ]).toEqual([true, true, true]);
  });

  it('has no scripts, event handlers, external assets or fonts', () => {
    // Without the XSS item, whose escaped text legitimately contains "onerror=".
    const html = renderRoadmapHtml({ ...sampleProductBacklog(), today: SAMPLE_TODAY });
    expect(
      html.match(/<script|\son[a-z]+=|@import|url\((?!#)|<link|https?:\/\/(?!www\.w3\.org\/2000\/svg)/gi),
    ).toBeNull();
  });

  it('renders a markup-looking title and group name as text', () => {
    const html = renderRoadmapHtml(sample());
    expect([html.includes('<img'), html.includes('&lt;img src=x onerror=alert(1)&gt;')]).toEqual([
      false,
      true,
    ]);
  });

  it('links items back to the tracker, but never through a script URL', () => {
    const html = renderRoadmapHtml(
      sample({
        itemUrl: (i) =>
          i.key === 'PM-1' ? 'javascript:alert(1)' : `https://acme.atlassian.net/browse/${i.key}`,
      }),
    );
    expect([
      html.includes('javascript:'),
      html.includes('href="https://acme.atlassian.net/browse/PM-5"'),
    ]).toEqual([false, true]);
  });

  it('shows the views asked for', () => {
    const has = (view: RoadmapHtmlInput['view']) => {
      const html = renderRoadmapHtml(sample({ view }));
      return [html.includes('class="board-section"'), html.includes('class="timeline-section"')];
    };
    expect([has('now-next-later'), has('timeline'), has('both')]).toEqual([
      [true, false],
      [false, true],
      [true, true],
    ]);
  });

  it('shows the banner, the title and the at-risk callout', () => {
    const html = renderRoadmapHtml(sample({ title: 'Q1 & Q2', banner: 'Demo data' }));
    expect([
      html.includes('<title>Q1 &amp; Q2</title>'),
      html.includes('<span class="banner">Demo data</span>'),
      html.includes('At risk (2)'),
    ]).toEqual([true, true, true]);
  });

  it('makes every card and bar focusable with an accessible name', () => {
    const html = renderRoadmapHtml(sample());
    const focusable = html.match(/<(div|g) [^>]*tabindex="0"[^>]*>/g) ?? [];
    expect(focusable.length > 20 && focusable.every((tag) => /aria-label="[^"]+"/.test(tag))).toBe(true);
  });

  it('caps cards per group with "+N more" while counting every item', () => {
    const items = Array.from({ length: 60 }, (_, i) => workItem({ key: `A-${i}` }));
    const html = renderRoadmapHtml({
      items,
      today: SAMPLE_TODAY,
      view: 'now-next-later',
      limits: { maxCardsPerGroup: 10 },
    });
    expect([
      html.match(/class="card"/g)?.length,
      html.includes('+50 more'),
      html.includes('aria-label="60 items"'),
    ]).toEqual([10, true, true]);
  });

  it('renders a page naming the problem for bad input, and buildRoadmap returns it as data', () => {
    const input = sample({ today: '2026-02-31' });
    const model = buildRoadmap(input);
    expect([
      renderRoadmapHtml(input).includes('could not be drawn'),
      model.ok || model.problems[0].field,
    ]).toEqual([true, 'today']);
  });
});
