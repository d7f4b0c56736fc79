import type { StatusCategory } from '../model/index';
import type { Progress } from '../roadmap/types';

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
 * A progress bar with its numbers: done (solid) and in progress (light) segments.
 *
 * @example
 * progressHtml({ unit: 'items', done: 2, inProgress: 1, todo: 1, total: 4, ratio: 0.5, children: 4, unestimated: 0 });
 */
export function progressHtml(progress: Progress): string {
  const pct = (n: number): string => (progress.total > 0 ? ((n / progress.total) * 100).toFixed(1) : '0');
  const words =
    progress.unit === 'items'
      ? `${progress.done} of ${progress.total} done`
      : `${trim(progress.done)} of ${trim(progress.total)} points done`;
  return `<span class="progress" role="img" aria-label="${words}"><span class="track"><span class="d" style="width:${pct(
    progress.done,
  )}%"></span><span class="p" style="width:${pct(progress.inProgress)}%"></span></span><span>${Math.round(
    progress.ratio * 100,
  )}%</span></span>`;
}

function trim(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
