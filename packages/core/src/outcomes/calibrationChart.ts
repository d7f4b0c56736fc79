import { html, type SafeHtml } from '../render/html';
import type { Calibration } from './calibration';

/**
 * An inline SVG calibration chart: stated confidence (x) against the share that delivered (y),
 * one circle per confidence level sized by its number of ideas, and the diagonal a perfectly
 * calibrated team would sit on.
 *
 * @example
 * calibrationChart(view.calibration).toString(); // => '<svg …'
 */
export function calibrationChart(calibration: Calibration): SafeHtml {
  const [size, pad] = [320, 40];
  const plot = size - 2 * pad;
  const x = (v: number) => pad + v * plot;
  const y = (v: number) => size - pad - v * plot;
  const max = Math.max(1, ...calibration.buckets.map((b) => b.ideas));
  return html`<svg xmlns="http://www.w3.org/2000/svg" class="calibration-chart" role="img" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}" aria-label="Calibration: stated confidence against delivered share">
<rect x="${pad}" y="${pad}" width="${plot}" height="${plot}" fill="none" stroke="#c9ced6"/>
<line x1="${x(0)}" y1="${y(0)}" x2="${x(1)}" y2="${y(1)}" stroke="#8a93a0" stroke-dasharray="4 4"/>
${[0, 0.5, 1].map(
  (t) =>
    html`<text x="${x(t)}" y="${size - pad + 16}" font-size="11" text-anchor="middle">${t * 100} %</text><text x="${pad - 6}" y="${y(t) + 4}" font-size="11" text-anchor="end">${t * 100} %</text>`,
)}
<text x="${size / 2}" y="${size - 6}" font-size="12" text-anchor="middle">stated confidence</text>
<text x="12" y="${size / 2}" font-size="12" text-anchor="middle" transform="rotate(-90 12 ${size / 2})">delivered</text>
${calibration.buckets.map(
  (b) =>
    html`<circle class="calibration-point" cx="${x(b.confidence)}" cy="${y(b.rate)}" r="${5 + 10 * Math.sqrt(b.ideas / max)}" fill="#2f6fdf" fill-opacity="0.6"><title>${Math.round(b.confidence * 100)} % confidence: ${b.delivered} of ${b.ideas} delivered</title></circle>`,
)}
</svg>`;
}
