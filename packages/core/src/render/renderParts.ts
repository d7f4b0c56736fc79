import type { StatusCategory } from '../model/index';
import type { Progress } from '../roadmap/types';
import { html, type SafeHtml } from './html';

/**
 * A score as the board shows it: whole numbers as is, others to one decimal (two below 10).
 *
 * @example
 * formatScore(1234.567); // => '1,234.6'
 */
export function formatScore(score: number): string {
  const digits = Math.abs(score) < 10 && !Number.isInteger(score) ? 2 : Number.isInteger(score) ? 0 : 1;
  return score.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

/**
 * Status category in words.
 *
 * @example
 * statusWords('in_progress'); // => 'In progress'
 */
export function statusWords(status: StatusCategory): string {
  return status === 'in_progress' ? 'In progress' : status === 'done' ? 'Done' : 'To do';
}

/**
 * A progress bar with its numbers. The fill is the done share, drawn from the very number the
 * label prints (whole percent), so a bar never shows fill beside "0%". Work in progress is
 * named in the tooltip and accessible name rather than drawn as a second segment, which read
 * as done.
 *
 * @example
 * progressHtml({ unit: 'items', done: 2, inProgress: 1, todo: 1, total: 4, ratio: 0.5, children: 4, unestimated: 0 });
 */
export function progressHtml(progress: Progress): SafeHtml {
  const percent = progressPercent(progress);
  const unit = progress.unit === 'items' ? '' : ' points';
  const words = `${trim(progress.done)} of ${trim(progress.total)}${unit} done${
    progress.inProgress > 0 ? `, ${trim(progress.inProgress)}${unit} in progress` : ''
  }`;
  return html`<span class="progress" role="img" aria-label="${words}" title="${words}"><span class="track"><span class="d" style="width:${percent}%"></span></span><span class="pct">${percent}%</span></span>`;
}

/**
 * The whole percent a progress label shows, and the fill it draws: the done share, rounded.
 *
 * @example
 * progressPercent({ unit: 'items', done: 2, inProgress: 1, todo: 2, total: 5, ratio: 0.4, children: 5, unestimated: 0 }); // => 40
 */
export function progressPercent(progress: Progress): number {
  return Math.round(Math.min(1, Math.max(0, progress.ratio)) * 100);
}

function trim(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
