import type { WorkItem } from '../model/index';
import type { TimelineBar, TimelineLayout } from '../roadmap/timelineTypes';
import { safeUrl, truncateText } from './escapeHtml';
import { html, type SafeHtml } from './html';
import { formatScore, progressPercent, statusWords } from './renderParts';

/**
 * How much of a huge timeline to draw. The layout always places every bar; past `maxBars`
 * the page draws the top lanes and says how many bars it left out.
 *
 * @example
 * const l: TimelineLimits = { maxBars: 400, maxUnscheduled: 60 };
 */
export interface TimelineLimits {
  /** Default 400. */
  maxBars?: number | undefined;
  /** Default 200. */
  maxEdges?: number | undefined;
  /** Cards on the unscheduled shelf, default 60. */
  maxUnscheduled?: number | undefined;
}

/** Average glyph width of 12 px system-ui text, used to truncate labels without measuring. */
const CHAR_PX = 6.6;

/**
 * The timeline as an HTML fragment: a legend, then an inline SVG inside a frame that scrolls
 * horizontally on its own (so the page never overflows), then the unscheduled shelf. Bars are
 * keyboard-focusable (links when the tracker URL is known) with an accessible name and an SVG
 * `<title>` holding the full title.
 *
 * @example
 * renderTimelineSection(layout, { itemUrl: (i) => `https://linear.app/acme/issue/${i.key}` });
 */
export function renderTimelineSection(
  layout: TimelineLayout,
  options: {
    itemUrl?: ((item: WorkItem) => string | undefined) | undefined;
    limits?: TimelineLimits | undefined;
    /**
     * The same timeline at natural bucket widths, shown instead of `layout` below 720 px so a
     * sidebar sees months of context rather than a stretched desktop axis.
     */
    compact?: TimelineLayout | undefined;
  } = {},
): SafeHtml {
  const wide = drawTimeline(layout, 'w', options);
  const compact =
    options.compact && options.compact.width < layout.width
      ? drawTimeline(options.compact, 'n', options)
      : undefined;
  const frame = (svg: SafeHtml, cls: string) =>
    html`<div class="timeline-frame${cls}" tabindex="0" role="region" aria-label="Timeline (scrolls sideways)">${svg}</div>`;
  const frames = compact
    ? html`${frame(wide.svg, ' tl-wide')}${frame(compact.svg, ' tl-narrow')}`
    : frame(wide.svg, '');

  const notes: string[] = [];
  if (wide.drawn < layout.bars.length) {
    notes.push(
      `${layout.bars.length - wide.drawn} more scheduled items in lower lanes are not drawn (the page shows the first ${wide.drawn}); group or filter the backlog to see them.`,
    );
  }
  const hiddenEdges = layout.hiddenEdges + layout.edges.length - wide.edges;
  if (hiddenEdges > 0) {
    notes.push(`${hiddenEdges} dependencies are not drawn because an end is unscheduled or not shown.`);
  }
  return html`<section class="timeline-section" aria-labelledby="tl-h"><h2 id="tl-h">Timeline <small>${`${layout.bars.length} scheduled · by ${layout.bucket}`}</small></h2>${LEGEND}${frames}${notes.map(
    (t) => html`<p class="note">${t}</p>`,
  )}${shelf(layout, options)}</section>`;
}

const LEGEND = html`<ul class="legend" aria-label="Legend"><li><i class="l-todo"></i>To do</li><li><i class="l-prog"></i>In progress</li><li><i class="l-done"></i>Done</li><li><i class="l-risk"></i>At risk</li><li><i class="l-est"></i>Dates from release or forecast</li><li><i class="l-slip"></i>Forecast slip</li><li><i class="l-today"></i>Today</li><li><i class="l-rel"></i>Release</li></ul>`;

/** One SVG of the timeline; `id` keeps marker ids unique when two copies share a page. */
function drawTimeline(
  layout: TimelineLayout,
  id: string,
  options: {
    itemUrl?: ((item: WorkItem) => string | undefined) | undefined;
    limits?: TimelineLimits | undefined;
  },
): { svg: SafeHtml; drawn: number; edges: number } {
  const maxBars = Math.max(1, options.limits?.maxBars ?? 400);
  const maxEdges = Math.max(0, options.limits?.maxEdges ?? 200);
  // Cut at a whole row so no lane is drawn half-filled.
  let rowLimit = layout.laneCount;
  if (layout.bars.length > maxBars) {
    const rows = layout.bars.map((b) => b.row).sort((a, b) => a - b);
    rowLimit = rows[maxBars]!;
    if (rowLimit === rows[0]) rowLimit = rows[0]! + 1;
  }
  const drawn = layout.bars.filter((b) => b.row < rowLimit);
  const lanes = layout.swimlanes.filter(
    (s) => s.firstRow < rowLimit || (s.laneCount === 0 && s.firstRow <= rowLimit),
  );
  const lastLane = lanes[lanes.length - 1];
  const height =
    rowLimit >= layout.laneCount || !lastLane
      ? layout.height
      : lastLane.y + lastLane.headerHeight + (rowLimit - lastLane.firstRow) * layout.laneHeight;
  const drawnKeys = new Set(drawn.map((b) => b.key));
  const edges = layout.edges.filter((e) => drawnKeys.has(e.from) && drawnKeys.has(e.to)).slice(0, maxEdges);
  const ok = `arr-${id}`;
  const bad = `arr-bad-${id}`;
  const w = Math.ceil(layout.width);
  const h = Math.ceil(height);
  const svg = html`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="group" aria-label="${`Timeline by ${layout.bucket}, ${layout.range.start} to ${layout.range.end}`}"><defs><marker id="${ok}" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto"><path class="arrow" d="M0,0L8,4L0,8z"/></marker><marker id="${bad}" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto"><path class="arrow-bad" d="M0,0L8,4L0,8z"/></marker></defs>${axis(
    layout,
    h,
  )}${lanes.map((s) => swimlane(s, w))}${markers(layout, h)}${edges.map((e) => {
    const dx = Math.max(16, Math.abs(e.x2 - e.x1) / 2);
    const title = `${e.from} blocks ${e.to}${e.via ? ` (via ${e.via.from} → ${e.via.to})` : ''}${
      e.violated ? ' — starts before it ends' : ''
    }`;
    return html`<path class="edge${e.violated ? ' bad' : ''}${e.via ? ' via' : ''}" marker-end="url(#${e.violated ? bad : ok})" d="M${n(
      e.x1,
    )},${n(e.y1)} C${n(e.x1 + dx)},${n(e.y1)} ${n(e.x2 - dx)},${n(e.y2)} ${n(e.x2)},${n(e.y2)}"><title>${title}</title></path>`;
  })}${drawn.map((b) => bar(b, options.itemUrl, layout.labelWidth))}</svg>`;
  return { svg, drawn: drawn.length, edges: edges.length };
}

function axis(layout: TimelineLayout, height: number): SafeHtml {
  const parts: SafeHtml[] = [];
  const bucketRow = layout.axisHeight - 28;
  let lastGroup = '';
  layout.buckets.forEach((b, i) => {
    if (i % 2 === 1)
      parts.push(html`<rect class="ax-alt" x="${n(b.x)}" y="0" width="${n(b.width)}" height="${height}"/>`);
    parts.push(
      html`<line class="ax-line" x1="${n(b.x)}" y1="${i === 0 || b.group !== lastGroup ? 0 : 20}" x2="${n(b.x)}" y2="${height}"/>`,
    );
    if (b.group !== lastGroup) {
      parts.push(html`<text class="ax-group" x="${n(b.x + 6)}" y="14">${b.group}</text>`);
      lastGroup = b.group;
    }
    const maxChars = Math.floor((b.width - 8) / CHAR_PX);
    if (b.label !== '' && maxChars > 0) {
      parts.push(
        html`<text class="ax-label" x="${n(b.x + 6)}" y="${bucketRow}">${truncateText(b.label, maxChars)}${
          b.label.length > maxChars ? html`<title>${b.label}</title>` : ''
        }</text>`,
      );
    }
  });
  parts.push(
    html`<line class="ax-line" x1="0" y1="${layout.axisHeight}" x2="${n(layout.width)}" y2="${layout.axisHeight}"/>`,
  );
  return html`${parts}`;
}

function swimlane(s: TimelineLayout['swimlanes'][number], width: number): SafeHtml | '' {
  if (s.headerHeight === 0) return '';
  const y = n(s.y + s.headerHeight / 2 + 4);
  return html`<rect class="sl-head" x="0" y="${n(s.y)}" width="${width}" height="${s.headerHeight}"/><line class="sl-line" x1="0" y1="${n(
    s.y,
  )}" x2="${width}" y2="${n(s.y)}"/><text class="sl-label" x="8" y="${y}">${truncateText(s.label, 60)}<title>${
    s.label
  }</title></text><text class="sl-count" x="${n(8 + Math.min(60, s.label.length) * 7.2 + 8)}" y="${y}">${s.barCount}</text>`;
}

function markers(layout: TimelineLayout, height: number): SafeHtml {
  const labelRow = layout.axisHeight - 8;
  const lineTop = layout.axisHeight - 22;
  // Today's label always shows; a release label that would collide with one already placed
  // is left to its line's tooltip rather than drawn over another label.
  const ordered = [...layout.markers].sort((a, b) =>
    a.kind === 'today' ? -1 : b.kind === 'today' ? 1 : a.x - b.x,
  );
  const taken: { from: number; to: number }[] = [];
  const parts: SafeHtml[] = [];
  for (const m of ordered) {
    const text = m.kind === 'today' ? 'Today' : truncateText(m.label, 18);
    const textWidth = Array.from(text).length * CHAR_PX + (m.kind === 'today' ? 2 : 0);
    const from = m.x + 4;
    const to = from + textWidth;
    const free = from >= 0 && to <= layout.width && taken.every((t) => to + 4 <= t.from || from >= t.to + 4);
    const tooltip =
      m.kind === 'today' ? `Today ${m.date}` : `${m.label} ends ${m.date}${m.released ? ' (released)' : ''}`;
    const cls = m.kind === 'today' ? 'mk-today' : 'mk-rel';
    parts.push(
      html`<line class="${cls}" x1="${n(m.x)}" y1="${lineTop}" x2="${n(m.x)}" y2="${height}"><title>${tooltip}</title></line>`,
    );
    if (free) {
      taken.push({ from, to });
      parts.push(
        html`<text class="${cls}-t" x="${n(from)}" y="${labelRow}">${text}<title>${tooltip}</title></text>`,
      );
    }
  }
  return html`${parts}`;
}

function bar(
  b: TimelineBar,
  itemUrl: ((item: WorkItem) => string | undefined) | undefined,
  labelWidth: number,
): SafeHtml {
  const risky = b.risks.length > 0;
  const href = safeUrl(itemUrl?.(b.item));
  const state = b.done ? 'done' : b.item.statusCategory;
  const when = b.kind === 'milestone' ? `due ${b.end}` : `${b.start} to ${b.end}`;
  const source = b.startSource === 'item' && b.endSource === 'item' ? '' : ` (dates from ${sourceWords(b)})`;
  const percent = b.progress ? progressPercent(b.progress) : 0;
  const name = [
    `${b.item.key}: ${b.item.title}`,
    `${when}${source}`,
    b.done ? 'done' : b.item.status || statusWords(b.item.statusCategory),
    b.progress ? `${percent}% complete` : undefined,
    b.slip ? `forecast to finish ${b.slip.end}` : undefined,
    risky ? `at risk: ${b.risks.map((r) => r.message).join('; ')}` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  // The label stays in the room the layout reserved for it, clear of any slip line.
  const labelRoom =
    (b.kind === 'milestone' ? 2 * 7 + labelWidth : Math.max(b.width, labelWidth)) -
    (b.kind === 'milestone' ? 2 * 7 + 6 : 12) -
    (risky ? 14 : 0);
  const label = truncateText(`${b.item.key} ${b.item.title}`, Math.max(1, Math.floor(labelRoom / CHAR_PX)));
  const textX = b.kind === 'milestone' ? b.x + b.width + 6 : b.x + 6 + (risky ? 14 : 0);
  const mid = b.y + b.height / 2;
  let shape: SafeHtml;
  if (b.kind === 'milestone') {
    const cx = b.x + b.width / 2;
    const r = b.width / 2;
    shape = html`<polygon points="${`${n(cx)},${n(mid - r)} ${n(cx + r)},${n(mid)} ${n(cx)},${n(mid + r)} ${n(cx - r)},${n(mid)}`}"/>`;
  } else {
    // The same whole percent the accessible name states, so fill and words agree.
    const fill = (b.width * percent) / 100;
    shape = html`<rect class="body" x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${b.height}" rx="4"/>${
      fill > 0
        ? html`<rect class="fill" x="${n(b.x)}" y="${n(b.y + b.height - 3)}" width="${n(fill)}" height="3" rx="1.5"/>`
        : ''
    }`;
  }
  const flagX = n((b.kind === 'milestone' ? textX : b.x + 4) + 6);
  const flag = risky
    ? html`<circle class="flag" cx="${flagX}" cy="${n(mid)}" r="6"/><text class="flag-t" x="${flagX}" y="${n(mid + 3.5)}" text-anchor="middle">!</text>`
    : '';
  const labelX = b.kind === 'milestone' && risky ? textX + 14 : textX;
  // A transparent hit box over the whole footprint: the measured box of the bar in the browser
  // is then exactly its lane footprint, which the layout guarantees never overlaps another.
  const hit = html`<rect class="hit" x="${n(b.footprint.start)}" y="${n(b.y)}" width="${n(
    b.footprint.end - b.footprint.start - 4,
  )}" height="${b.height}"/>`;
  const estimated = b.startSource !== 'item' || b.endSource !== 'item';
  const cls = `bar s-${state}${risky ? ' risk' : ''}${estimated ? ' est' : ''}`;
  const slipFrom = b.x + b.width;
  const slip = b.slip
    ? html`<line class="slip" x1="${n(slipFrom)}" y1="${n(b.y + b.height - 2)}" x2="${n(b.slip.x)}" y2="${n(
        b.y + b.height - 2,
      )}"/><line class="slip" x1="${n(b.slip.x)}" y1="${n(b.y + 3)}" x2="${n(b.slip.x)}" y2="${n(b.y + b.height - 2)}"/>`
    : '';
  const title = `${b.item.key}: ${b.item.title}\n${when}${source}${b.slip ? `\nforecast to finish ${b.slip.end}` : ''}${
    risky ? `\n${b.risks.map((r) => `⚠ ${r.message}`).join('\n')}` : ''
  }`;
  const body = html`<title>${title}</title>${hit}${slip}${shape}${flag}<text x="${n(labelX)}" y="${n(mid + 4)}">${label}</text>`;
  return href
    ? html`<a class="${cls}" data-key="${b.key}" data-lane="${b.row}" aria-label="${name}" href="${href}">${body}</a>`
    : html`<g class="${cls}" data-key="${b.key}" data-lane="${b.row}" aria-label="${name}" tabindex="0" role="img">${body}</g>`;
}

function sourceWords(b: TimelineBar): string {
  const words = {
    item: 'the item',
    forecast: 'the forecast',
    'release-forecast': 'the release forecast',
    release: 'the release',
    children: "its children's dates",
  };
  return b.startSource === b.endSource
    ? words[b.startSource]
    : `${words[b.startSource]} and ${words[b.endSource]}`;
}

function shelf(
  layout: TimelineLayout,
  options: {
    itemUrl?: ((item: WorkItem) => string | undefined) | undefined;
    limits?: TimelineLimits | undefined;
  },
): SafeHtml | '' {
  if (layout.unscheduled.length === 0) return '';
  const max = Math.max(1, options.limits?.maxUnscheduled ?? 60);
  const shown = layout.unscheduled.slice(0, max);
  const rows = shown.map((u) => {
    const href = safeUrl(options.itemUrl?.(u.item));
    const risky = u.risks.length > 0;
    const scored = u.score !== undefined && Number.isFinite(u.score);
    const why = u.reason === 'no-target' ? `starts ${u.item.startDate ?? ''}, no target date` : 'no dates';
    const name = [
      `${u.item.key}: ${u.item.title}`,
      u.item.status || statusWords(u.item.statusCategory),
      scored ? `score ${formatScore(u.score!)}` : undefined,
      why,
      risky ? `at risk: ${u.risks.map((r) => r.message).join('; ')}` : undefined,
    ]
      .filter(Boolean)
      .join(', ');
    const inner = html`<span class="key">${u.item.key}</span><span class="t" title="${u.item.title}">${
      u.item.title || '(untitled)'
    }</span>${scored ? html`<span class="chip score">${formatScore(u.score!)}</span>` : ''}${
      risky ? html`<span class="chip risk">At risk</span>` : ''
    }`;
    return html`<li>${
      href
        ? html`<a class="srow" href="${href}" aria-label="${name}">${inner}</a>`
        : html`<div class="srow" tabindex="0" role="group" aria-label="${name}">${inner}</div>`
    }</li>`;
  });
  const more = layout.unscheduled.length - shown.length;
  return html`<details class="shelf" open><summary>Unscheduled <span class="count">${layout.unscheduled.length}</span> <span class="muted">no start and target date, no forecast; by score</span></summary><ul class="srows">${rows}${
    more > 0 ? html`<li class="more">+${more} more</li>` : ''
  }</ul></details>`;
}

function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}
