import type { CalendarDate, Problem, Release, Result, WorkItem } from '../model/index';
import { escapeHtml as esc } from './escapeHtml';
import { type GroupRoadmapOptions, groupRoadmap, type RoadmapBoard } from './groupRoadmap';
import { type LayoutTimelineOptions, layoutTimeline } from './layoutTimeline';
import { type BoardLimits, renderBoardSection } from './renderBoard';
import { renderTimelineSection, type TimelineLimits } from './renderTimeline';
import { ROADMAP_CSS } from './roadmapStyles';
import type { TimelineLayout } from './timelineTypes';
import type { TimelineBucket } from './timeScale';
import type { DateSpan, GroupField, RiskCode, RiskFlag } from './types';

/**
 * Which views a roadmap page shows.
 *
 * @example
 * const v: RoadmapView = 'both';
 */
export type RoadmapView = 'now-next-later' | 'timeline' | 'both';

/**
 * Everything `renderRoadmapHtml` needs. Only `items` and `today` are required.
 *
 * @example
 * const input: RoadmapHtmlInput = {
 *   items: backlog.items, releases: backlog.releases, today: '2026-02-10',
 *   scores, view: 'both', groupBy: 'initiative', bucket: 'month', title: 'Q1 roadmap',
 *   itemUrl: (item) => `https://acme.atlassian.net/browse/${item.key}`,
 * };
 */
export interface RoadmapHtmlInput {
  items: readonly WorkItem[];
  /** Today as `YYYY-MM-DD` (the caller reads the clock; core never does). */
  today: CalendarDate;
  releases?: readonly Release[] | undefined;
  /** Scores per item key, e.g. from `scoreItems`. */
  scores?: ReadonlyMap<string, number> | undefined;
  /** Release-planner forecasts per item key. */
  forecasts?: ReadonlyMap<string, DateSpan> | undefined;
  /** Release-planner forecasts per release id. */
  releaseForecasts?: ReadonlyMap<string, DateSpan> | undefined;
  /** Default `both`. */
  view?: RoadmapView | undefined;
  /** Groups on the board and swimlanes on the timeline; one field or a nested list. */
  groupBy?: GroupField | readonly GroupField[] | undefined;
  /** Default `month`. */
  bucket?: TimelineBucket | undefined;
  /** Default "Roadmap". */
  title?: string | undefined;
  /** A short notice shown as a pill next to the title, e.g. "Demo data". */
  banner?: string | undefined;
  /** Link back to the tracker; only http(s) URLs are used. */
  itemUrl?: ((item: WorkItem) => string | undefined) | undefined;
  /** Board-only options: placement rules, top N, done handling, level, label order, progress. */
  board?:
    | Pick<GroupRoadmapOptions, 'rules' | 'topN' | 'done' | 'level' | 'labelOrder' | 'progress'>
    | undefined;
  /** Timeline-only options: level, range, sizes. */
  timeline?:
    | Pick<
        LayoutTimelineOptions,
        | 'level'
        | 'done'
        | 'progress'
        | 'labelOrder'
        | 'range'
        | 'bucketWidth'
        | 'minWidth'
        | 'laneHeight'
        | 'barHeight'
        | 'labelWidth'
      >
    | undefined;
  /** Caps on what the page draws for very large backlogs (the layout still places every item). */
  limits?: (BoardLimits & TimelineLimits) | undefined;
}

/**
 * The computed views behind a roadmap page.
 *
 * @example
 * const model = buildRoadmap(input);
 * if (model.ok) model.value.board?.columns[0].total;
 */
export interface RoadmapModel {
  board: RoadmapBoard | undefined;
  timeline: TimelineLayout | undefined;
  /**
   * The timeline at natural bucket widths, for narrow screens; present only when `timeline`
   * was stretched to fill a desktop page.
   */
  timelineCompact: TimelineLayout | undefined;
}

/**
 * Groups and lays out the views `input.view` asks for. Bad input (an invalid `today`, unknown
 * group field, duplicate keys, `cycle` buckets without dated releases) comes back as problems.
 *
 * @example
 * const model = buildRoadmap({ items, today: '2026-02-10', view: 'timeline' });
 * if (!model.ok) console.error(model.problems[0].message);
 */
export function buildRoadmap(input: RoadmapHtmlInput): Result<RoadmapModel> {
  const view = input.view ?? 'both';
  if (!['now-next-later', 'timeline', 'both'].includes(view)) {
    return {
      ok: false,
      problems: [
        {
          field: 'view',
          code: 'invalid',
          message: `view must be now-next-later, timeline or both, got ${JSON.stringify(view)}`,
        },
      ],
    };
  }
  const shared = {
    today: input.today,
    releases: input.releases,
    scores: input.scores,
    groupBy: input.groupBy,
    forecasts: input.forecasts,
    releaseForecasts: input.releaseForecasts,
  };
  let board: RoadmapBoard | undefined;
  let timeline: TimelineLayout | undefined;
  let timelineCompact: TimelineLayout | undefined;
  if (view !== 'timeline') {
    const result = groupRoadmap(input.items, { ...input.board, ...shared });
    if (!result.ok) return result;
    board = result.value;
  }
  if (view !== 'now-next-later') {
    // 1,240 px fills a 1280 px window; narrow screens get a second, unstretched copy (see
    // `timelineCompact`). Old finished work is noise on a plan: by default the timeline hides
    // what the board hides.
    const done = input.timeline?.done ?? (input.board?.done === 'hide' ? 'hide' : 'current-release');
    const options = { minWidth: 1240, ...input.timeline, done, ...shared, bucket: input.bucket };
    const result = layoutTimeline(input.items, options);
    if (!result.ok) return result;
    timeline = result.value;
    if (input.timeline?.minWidth === undefined && input.timeline?.bucketWidth === undefined) {
      const natural = layoutTimeline(input.items, { ...options, minWidth: 0 });
      if (natural.ok && natural.value.width < timeline.width) timelineCompact = natural.value;
    }
  }
  return { ok: true, value: { board, timeline, timelineCompact } };
}

/**
 * Renders a roadmap as one self-contained HTML document: inline CSS and SVG, no scripts, no
 * external assets, a strict Content-Security-Policy, every string escaped. It reads well in a
 * 360 px sidebar (the timeline scrolls inside its own frame) and at desktop widths, and prints
 * cleanly. Invalid input renders a page listing the problems (use `buildRoadmap` to get them
 * as data).
 *
 * @example
 * const html = renderRoadmapHtml({ items: backlog.items, releases: backlog.releases, today: '2026-02-10', banner: 'Demo data' });
 * html.startsWith('<!doctype html>'); // => true
 */
export function renderRoadmapHtml(input: RoadmapHtmlInput): string {
  const model = buildRoadmap(input);
  if (!model.ok) return renderProblemsDocument(input.title ?? 'Roadmap', model.problems);
  return renderRoadmapDocument(model.value, input);
}

/**
 * Renders already computed views (from `buildRoadmap`) as the HTML document.
 *
 * @example
 * const model = buildRoadmap(input);
 * if (model.ok) renderRoadmapDocument(model.value, input);
 */
export function renderRoadmapDocument(model: RoadmapModel, input: RoadmapHtmlInput): string {
  const title = input.title ?? 'Roadmap';
  const board = model.board;
  const timeline = model.timeline;
  const current = board?.currentRelease;
  const itemCount = input.items.length;
  const meta = [
    `<li>Today <b>${esc(input.today)}</b></li>`,
    current
      ? `<li>Current release <b>${esc(current.name)}</b>${
          current.start && current.end ? ` ${esc(current.start)} – ${esc(current.end)}` : ''
        }</li>`
      : '',
    `<li><b>${itemCount}</b> items</li>`,
    board && board.groupBy.length > 0 ? `<li>Grouped by <b>${esc(board.groupBy.join(' › '))}</b></li>` : '',
  ].join('');
  const risky = collectRisks(model);
  const sections = [
    risky,
    board ? renderBoardSection(board, { itemUrl: input.itemUrl, limits: input.limits }) : '',
    timeline
      ? renderTimelineSection(timeline, {
          itemUrl: input.itemUrl,
          limits: input.limits,
          compact: model.timelineCompact,
        })
      : '',
  ].join('');
  return shell(
    title,
    `<header class="top"><h1>${esc(title)}</h1>${
      input.banner ? `<span class="banner">${esc(input.banner)}</span>` : ''
    }</header><ul class="meta">${meta}</ul>${sections}<footer>Generated by Trailmap for ${esc(input.today)}. Static page: no scripts, no external requests.</footer>`,
  );
}

function collectRisks(model: RoadmapModel): string {
  const seen = new Map<string, { key: string; title: string; risks: readonly RiskFlag[] }>();
  const add = (item: WorkItem, risks: readonly RiskFlag[]): void => {
    if (risks.length > 0 && !seen.has(item.key))
      seen.set(item.key, { key: item.key, title: item.title, risks });
  };
  const walk = (groups: RoadmapBoard['columns'][number]['groups']): void => {
    for (const g of groups) {
      for (const e of g.items) add(e.item, e.risks);
      walk(g.groups);
    }
  };
  for (const column of model.board?.columns ?? []) walk(column.groups);
  for (const b of model.timeline?.bars ?? []) add(b.item, b.risks);
  if (seen.size === 0) return '';
  // Most severe first (a missed date before a forecast slip); board order within a severity.
  const severity = (r: { risks: readonly RiskFlag[] }) => Math.min(...r.risks.map((f) => SEVERITY[f.code]));
  const list = [...seen.values()].sort((a, b) => severity(a) - severity(b));
  const shown = list.slice(0, 8);
  return `<section class="callout" aria-labelledby="risk-h"><h2 id="risk-h">At risk (${list.length})</h2><ul>${shown
    .map(
      (r) =>
        `<li><span class="k">${esc(r.key)}</span> ${esc(r.title)}: ${esc(r.risks.map((f) => f.message).join('; '))}</li>`,
    )
    .join(
      '',
    )}${list.length > shown.length ? `<li>+${list.length - shown.length} more</li>` : ''}</ul></section>`;
}

function renderProblemsDocument(title: string, problems: readonly Problem[]): string {
  return shell(
    title,
    `<header class="top"><h1>${esc(title)}</h1></header><section class="callout" aria-labelledby="err-h"><h2 id="err-h">The roadmap could not be drawn</h2><ul>${problems
      .map((p) => `<li><span class="k">${esc(p.field)}</span>: ${esc(p.message)}</li>`)
      .join('')}</ul></section>`,
  );
}

const SEVERITY: Record<RiskCode, number> = {
  overdue: 0,
  target_before_prerequisite: 1,
  target_before_forecast: 2,
  target_before_child: 3,
};

/** The Content-Security-Policy every roadmap page carries: nothing may load or run. */
export const ROADMAP_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

function shell(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${ROADMAP_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(title)}</title>
<style>${ROADMAP_CSS}</style>
</head>
<body><main class="page">${body}</main></body>
</html>
`;
}
