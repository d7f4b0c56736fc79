import type { WorkItem } from '../model/index';
import type { RoadmapBoard, RoadmapColumn, RoadmapEntry } from '../roadmap/groupRoadmap';
import type { RoadmapGroup } from '../roadmap/groupTree';
import { escapeHtml as esc, safeUrl } from './escapeHtml';
import { formatScore, progressHtml, statusWords } from './renderParts';

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
 * The Now / Next / Later board as an HTML fragment (a `<section>`), every string escaped.
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
): string {
  const perGroup = Math.max(1, options.limits?.maxCardsPerGroup ?? 25);
  const perColumn = Math.max(1, options.limits?.maxCardsPerColumn ?? 150);
  const columns = board.columns
    .map((column) =>
      renderColumn(column, {
        itemUrl: options.itemUrl,
        perGroup,
        budget: { left: perColumn },
        showWhy: column.rules.length > 1,
      }),
    )
    .join('');
  const excluded = excludedNote(board);
  return `<section class="board-section" aria-labelledby="board-h"><h2 id="board-h">Now, Next, Later${
    board.groupBy.length > 0 ? ` <small>grouped by ${esc(board.groupBy.join(' › '))}</small>` : ''
  }</h2><div class="board">${columns}</div>${excluded}</section>`;
}

interface Ctx {
  itemUrl: ((item: WorkItem) => string | undefined) | undefined;
  perGroup: number;
  budget: { left: number };
  /** Whether cards say which rule placed them: only useful when the column has several. */
  showWhy: boolean;
}

function renderColumn(column: RoadmapColumn, ctx: Ctx): string {
  const groups =
    column.total === 0
      ? '<p class="empty">Nothing here yet.</p>'
      : column.groups
          .map((g) => renderGroup(g, ctx, column.groups.length === 1 && g.field === null))
          .join('');
  return `<section class="column col-${column.id}" aria-labelledby="col-${column.id}"><header><h3 id="col-${column.id}">${esc(
    column.title,
  )}</h3><span class="count" aria-label="${column.total} items">${column.total}</span></header><p class="rules">${esc(
    column.rules.join(' · '),
  )}</p>${groups}</section>`;
}

function renderGroup(group: RoadmapGroup<RoadmapEntry>, ctx: Ctx, bare: boolean): string {
  const heading = bare
    ? ''
    : `<div class="gh" role="heading" aria-level="${4 + Math.min(group.depth, 2)}"><span>${esc(group.label)}</span><span class="count">${group.total}</span></div>`;
  let body: string;
  if (group.groups.length > 0) {
    body = group.groups.map((g) => renderGroup(g, ctx, false)).join('');
  } else {
    const shown = group.items.slice(0, Math.min(ctx.perGroup, ctx.budget.left));
    ctx.budget.left -= shown.length;
    const hidden = group.items.length - shown.length;
    body = `<ul class="cards">${shown.map((e) => `<li>${renderCard(ctx.showWhy ? e : { ...e, placement: undefined }, ctx)}</li>`).join('')}${
      hidden > 0 ? `<li class="more">+${hidden} more</li>` : ''
    }</ul>`;
  }
  return bare ? body : `<div class="group">${heading}${body}</div>`;
}

/**
 * One item card: key, title (clamped, full text in the tooltip), score, status, release and
 * assignee chips, the rule that placed it, progress and risk. The card is a link when the
 * tracker URL is known, otherwise it is focusable on its own; either way it has a full
 * accessible name.
 *
 * @example
 * renderCard(entry, { itemUrl: undefined });
 */
export function renderCard(
  entry: Pick<RoadmapEntry, 'item' | 'score' | 'progress' | 'risks' | 'done'> & {
    placement?: RoadmapEntry['placement'] | undefined;
    otherLabels?: readonly string[] | undefined;
  },
  ctx: { itemUrl: ((item: WorkItem) => string | undefined) | undefined },
): string {
  const { item } = entry;
  const href = safeUrl(ctx.itemUrl?.(item));
  const risky = entry.risks.length > 0;
  const chips: string[] = [];
  if (entry.score !== undefined && Number.isFinite(entry.score)) {
    chips.push(`<span class="chip score" title="Score">${esc(formatScore(entry.score))}</span>`);
  }
  if (entry.done) chips.push('<span class="chip done">Done</span>');
  else if (item.status !== '' || item.statusCategory === 'in_progress') {
    chips.push(
      `<span class="chip status-${item.statusCategory}">${esc(item.status || statusWords(item.statusCategory))}</span>`,
    );
  }
  if (item.release) chips.push(`<span class="chip" title="Release">${esc(item.release)}</span>`);
  if (item.targetDate) chips.push(`<span class="chip" title="Target date">→ ${esc(item.targetDate)}</span>`);
  if (item.assignee) chips.push(`<span class="chip" title="Assignee">${esc(item.assignee)}</span>`);
  for (const label of entry.otherLabels ?? [])
    chips.push(`<span class="chip" title="Also labelled">#${esc(label)}</span>`);
  if (risky) {
    chips.push(
      `<span class="chip risk" title="${esc(entry.risks.map((r) => r.message).join('\n'))}">At risk</span>`,
    );
  }
  if (entry.placement) {
    chips.push(
      `<span class="chip why" title="Why it is in this column">${esc(entry.placement.reason)}</span>`,
    );
  }
  const name = [
    `${item.key}: ${item.title}`,
    entry.done ? 'done' : item.status || statusWords(item.statusCategory),
    entry.score !== undefined && Number.isFinite(entry.score)
      ? `score ${formatScore(entry.score)}`
      : undefined,
    entry.progress ? `${Math.round(entry.progress.ratio * 100)}% complete` : undefined,
    risky ? `at risk: ${entry.risks.map((r) => r.message).join('; ')}` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  const inner = `<span class="row"><span class="key">${esc(item.key)}</span></span><span class="title" title="${esc(
    item.title,
  )}">${esc(item.title || '(untitled)')}</span><span class="chips">${chips.join('')}</span>${
    entry.progress ? progressHtml(entry.progress) : ''
  }`;
  const cls = `card${risky ? ' risk' : ''}${entry.done ? ' done' : ''}`;
  return href
    ? `<a class="${cls}" href="${esc(href)}" aria-label="${esc(name)}">${inner}</a>`
    : `<div class="${cls}" tabindex="0" role="group" aria-label="${esc(name)}">${inner}</div>`;
}

function excludedNote(board: RoadmapBoard): string {
  if (board.excluded.length === 0) return '';
  const counts = { done: 0, canceled: 0, child: 0 };
  for (const e of board.excluded) counts[e.reason]++;
  const parts = [
    counts.done > 0 ? `${counts.done} done outside the current release` : '',
    counts.canceled > 0 ? `${counts.canceled} cancelled` : '',
    counts.child > 0 ? `${counts.child} child items rolled up into their parents` : '',
  ].filter(Boolean);
  return `<p class="note">Not on the board: ${esc(parts.join(', '))}.</p>`;
}
