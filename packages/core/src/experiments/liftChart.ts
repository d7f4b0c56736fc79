import { html, type SafeHtml } from '../render/html';
import type { Interval } from './alternative';
import type { Difference } from './effectMoments';
import { formatLift } from './formatLift';

/** One row of the lift chart. */
export interface LiftChartRow {
  label: string;
  expected: number;
  ci: Interval;
  outcome: 'wins' | 'loses' | 'inconclusive' | 'no-result';
}

const COLOURS: Record<LiftChartRow['outcome'], string> = {
  wins: '#1f7a3d',
  loses: '#b42318',
  inconclusive: '#5b6472',
  'no-result': '#a0a7b1',
};

/**
 * An inline SVG lift chart: one row per comparison with its point estimate, its interval as a
 * bar (an open one-sided bound runs to the edge with an arrow), and the zero line.
 *
 * @example
 * liftChart([{ label: 'B', expected: 0.1, ci: [0.01, 0.19], outcome: 'wins' }], 'relative').toString(); // => '<svg …'
 */
export function liftChart(rows: readonly LiftChartRow[], difference: Difference): SafeHtml {
  const finite = rows.flatMap((r) => [r.expected, ...r.ci]).filter(Number.isFinite);
  const extent = Math.max(1e-9, ...finite.map(Math.abs)) * 1.15;
  const [left, right, rowHeight, labelWidth] = [-extent, extent, 34, 160];
  const width = 720;
  const plot = width - labelWidth - 20;
  const x = (v: number) => labelWidth + ((Math.min(right, Math.max(left, v)) - left) / (right - left)) * plot;
  const height = rows.length * rowHeight + 40;
  return html`<svg xmlns="http://www.w3.org/2000/svg" class="lift-chart" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-label="Lift with confidence intervals">
<line x1="${x(0)}" x2="${x(0)}" y1="8" y2="${height - 24}" stroke="#222" stroke-dasharray="3 3"/>
<text x="${x(left)}" y="${height - 6}" font-size="11" fill="#555">${formatLift(left, difference)}</text>
<text x="${x(0)}" y="${height - 6}" font-size="11" fill="#555" text-anchor="middle">0</text>
<text x="${x(right)}" y="${height - 6}" font-size="11" fill="#555" text-anchor="end">${formatLift(right, difference)}</text>
${rows.map((r, i) => {
  const y = 20 + i * rowHeight;
  const colour = COLOURS[r.outcome];
  const [lo, hi] = r.ci;
  return html`<g class="lift-row" data-outcome="${r.outcome}">
<text x="${labelWidth - 10}" y="${y + 4}" font-size="13" text-anchor="end">${r.label}</text>
<line x1="${x(lo)}" x2="${x(hi)}" y1="${y}" y2="${y}" stroke="${colour}" stroke-width="6" stroke-linecap="${Number.isFinite(lo) && Number.isFinite(hi) ? 'round' : 'butt'}" opacity="0.45"/>
<circle cx="${x(r.expected)}" cy="${y}" r="6" fill="${colour}"><title>${r.label}: ${formatLift(r.expected, difference)} (${formatLift(lo, difference)} to ${formatLift(hi, difference)})</title></circle>
</g>`;
})}
</svg>`;
}
