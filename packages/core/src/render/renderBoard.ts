import type { WorkItem } from '../model/index';
import type { RoadmapBoard, RoadmapColumn, RoadmapEntry } from '../roadmap/groupRoadmap';
import type { RoadmapGroup } from '../roadmap/groupTree';
import { safeUrl } from './escapeHtml';
import { html, type SafeHtml } from './html';
import { formatScore, progressHtml, progressPercent, statusWords } from './renderParts';

/**
 * How much of a large board to draw. Every item is still grouped and counted; past these
 * limits a group shows "+N more" instead of cards, which keeps a 10,000-item page small.
 *
 * @example
 * const l: BoardLimits = { maxCardsPerGroup: 25, maxCardsPerColumn: 150 };
 */
export interface BoardLimits {
  /** Default 25. */
  maxCardsPerGroup?: number | undefined;
  /** Default 150. */
  maxCardsPerColumn?: number | undefined;
}

/**
 * The Now / Next / Later board as an HTML fragment (a `<section>`), built with the one
 * auto-escaping `html` template: every string is escaped, every link passes `safeUrl`.
 *
 * @example
 * renderBoardSection(board, { itemUrl: (i) => `https://acme.atlassian.net/browse/${i.key}` });
 */
export function renderBoardSection(
  board: RoadmapBoard,
  options: {
    itemUrl?: ((item: WorkItem) => string | undefined) | undefined;
    limits?: BoardLimits | undefined;
  } = {},
): SafeHtml {
  const perGroup = Math.max(1, options.limits?.maxCardsPerGroup ?? 25);
  const perColumn = Math.max(1, options.limits?.maxCardsPerColumn ?? 150);
  const columns = board.columns.map((column) =>
    renderColumn(column, {
      itemUrl: options.itemUrl,
      perGroup,
      budget: { left: perColumn },
      showWhy: column.rules.length > 1,
    }),
  );
  return html`<section class="board-section" aria-labelledby="board-h"><h2 id="board-h">Now, Next, Later${
    board.groupBy.length > 0 ? html` <small>grouped by ${board.groupBy.join(' › ')}</small>` : ''
  }</h2><div class="board">${columns}</div>${excludedNote(board)}</section>`;
}

interface Ctx {
  itemUrl: ((item: WorkItem) => string | undefined) | undefined;
  perGroup: number;
  budget: { left: number };
  /** Whether cards say which rule placed them: only useful when the column has several. */
  showWhy: boolean;
}

function renderColumn(column: RoadmapColumn, ctx: Ctx): SafeHtml {
  const groups =
    column.total === 0
      ? html`<p class="empty">Nothing here yet.</p>`
      : column.groups.map((g) => renderGroup(g, ctx, column.groups.length === 1 && g.field === null));
  return html`<section class="column col-${column.id}" aria-labelledby="col-${column.id}"><header><h3 id="col-${column.id}">${
    column.title
  }</h3><span class="count" aria-label="${column.total} items">${column.total}</span></header><p class="rules">${column.rules.join(
    ' · ',
  )}</p>${groups}</section>`;
}

function renderGroup(group: RoadmapGroup<RoadmapEntry>, ctx: Ctx, bare: boolean): SafeHtml {
  const heading = bare
    ? ''
    : html`<div class="gh" role="heading" aria-level="${4 + Math.min(group.depth, 2)}"><span>${group.label}</span><span class="count">${group.total}</span></div>`;
  let body: SafeHtml;
  if (group.groups.length > 0) {
    body = html`${group.groups.map((g) => renderGroup(g, ctx, false))}`;
  } else {
    const shown = group.items.slice(0, Math.min(ctx.perGroup, ctx.budget.left));
    ctx.budget.left -= shown.length;
    const hidden = group.items.length - shown.length;
    body = html`<ul class="cards">${shown.map(
      (e) => html`<li>${renderCard(ctx.showWhy ? e : { ...e, placement: undefined }, ctx)}</li>`,
    )}${hidden > 0 ? html`<li class="more">+${hidden} more</li>` : ''}</ul>`;
  }
  return bare ? body : html`<div class="group">${heading}${body}</div>`;
}

/**
 * One item card: key, title (clamped, full text in the tooltip), score, status, release and
 * assignee chips, the rule that placed it, progress and risk. The card is a link when the
 * tracker URL is known and safe, otherwise it is focusable on its own; either way it has a full
 * accessible name.
 *
 * @example
 * renderCard(entry, { itemUrl: undefined }).toString(); // => '<div class="card" tabindex="0" …'
 */
export function renderCard(
  entry: Pick<RoadmapEntry, 'item' | 'score' | 'progress' | 'risks' | 'done'> & {
    placement?: RoadmapEntry['placement'] | undefined;
    otherLabels?: readonly string[] | undefined;
  },
  ctx: { itemUrl: ((item: WorkItem) => string | undefined) | undefined },
): SafeHtml {
  const { item } = entry;
  // An unsafe URL draws no link at all (rather than a link to `#`).
  const href = safeUrl(ctx.itemUrl?.(item));
  const risky = entry.risks.length > 0;
  const scored = entry.score !== undefined && Number.isFinite(entry.score);
  const chips = [
    scored ? html`<span class="chip score" title="Score">${formatScore(entry.score!)}</span>` : '',
    entry.done
      ? html`<span class="chip done">Done</span>`
      : item.status !== '' || item.statusCategory === 'in_progress'
        ? html`<span class="chip status-${item.statusCategory}">${item.status || statusWords(item.statusCategory)}</span>`
        : '',
    item.release ? html`<span class="chip" title="Release">${item.release}</span>` : '',
    item.targetDate ? html`<span class="chip" title="Target date">→ ${item.targetDate}</span>` : '',
    item.assignee ? html`<span class="chip" title="Assignee">${item.assignee}</span>` : '',
    (entry.otherLabels ?? []).map((label) => html`<span class="chip" title="Also labelled">#${label}</span>`),
    risky
      ? html`<span class="chip risk" title="${entry.risks.map((r) => r.message).join('\n')}">At risk</span>`
      : '',
    entry.placement
      ? html`<span class="chip why" title="Why it is in this column">${entry.placement.reason}</span>`
      : '',
  ];
  const name = [
    `${item.key}: ${item.title}`,
    entry.done ? 'done' : item.status || statusWords(item.statusCategory),
    scored ? `score ${formatScore(entry.score!)}` : undefined,
    entry.progress ? `${progressPercent(entry.progress)}% complete` : undefined,
    risky ? `at risk: ${entry.risks.map((r) => r.message).join('; ')}` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  const inner = html`<span class="row"><span class="key">${item.key}</span></span><span class="title" title="${
    item.title
  }">${item.title || '(untitled)'}</span><span class="chips">${chips}</span>${
    entry.progress ? progressHtml(entry.progress) : ''
  }`;
  const cls = `card${risky ? ' risk' : ''}${entry.done ? ' done' : ''}`;
  return href
    ? html`<a class="${cls}" href="${href}" aria-label="${name}">${inner}</a>`
    : html`<div class="${cls}" tabindex="0" role="group" aria-label="${name}">${inner}</div>`;
}

function excludedNote(board: RoadmapBoard): SafeHtml | '' {
  if (board.excluded.length === 0) return '';
  const counts = { done: 0, canceled: 0, child: 0 };
  for (const e of board.excluded) counts[e.reason]++;
  const parts = [
    counts.done > 0 ? `${counts.done} done outside the current release` : '',
    counts.canceled > 0 ? `${counts.canceled} cancelled` : '',
    counts.child > 0 ? `${counts.child} child items rolled up into their parents` : '',
  ].filter(Boolean);
  return html`<p class="note">Not on the board: ${parts.join(', ')}.</p>`;
}
