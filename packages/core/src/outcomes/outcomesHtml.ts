import { formatLift } from '../experiments/formatLift';
import { liftChart } from '../experiments/liftChart';
import { html, rawHtml } from '../render/html';
import type { OutcomesView } from './buildOutcomes';
import { calibrationChart } from './calibrationChart';

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#1d2330;max-width:960px}
table{border-collapse:collapse}td,th{border-bottom:1px solid #e3e6ea;padding:4px 8px;text-align:left}
.charts{display:flex;gap:32px;flex-wrap:wrap;align-items:flex-start}`;

/**
 * A self-contained outcomes page: predicted against measured per idea (with a lift chart),
 * the calibration chart with the Brier score, and each team's suggested Confidence adjustment.
 *
 * @example
 * outcomesHtml(view, 'Sample backlog'); // => '<!doctype html>…'
 */
export function outcomesHtml(view: OutcomesView, title: string): string {
  const measured = view.ideas.filter((i) => i.ci !== undefined && i.measuredLift !== undefined);
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Outcomes: ${title}</title><style>${rawHtml(STYLE)}</style></head>
<body><h1>Outcomes: ${title}</h1>
<table><thead><tr><th>Idea</th><th>Team</th><th>Confidence</th><th>Predicted</th><th>Measured</th><th>Outcome</th><th>Decision</th></tr></thead>
<tbody>${view.ideas.map(
    (i) =>
      html`<tr><td>${i.key} ${i.title}</td><td>${i.team}</td><td>${i.confidence === undefined ? '—' : `${Math.round(i.confidence * 100)} %`}</td><td>${i.predictedLift === undefined ? '—' : formatLift(i.predictedLift, 'relative')}</td><td>${i.measuredLift === undefined ? '—' : formatLift(i.measuredLift, 'relative')}</td><td>${i.outcome}</td><td>${i.decision ?? ''}</td></tr>`,
  )}</tbody></table>
<div class="charts">
<figure><figcaption>Measured lift with interval per idea</figcaption>${liftChart(
    measured.map((i) => ({ label: i.key, expected: i.measuredLift!, ci: i.ci!, outcome: i.outcome })),
    'relative',
  )}</figure>
<figure><figcaption>Calibration: Brier score ${view.calibration.brier === undefined ? '—' : view.calibration.brier.toFixed(3)}</figcaption>${calibrationChart(view.calibration)}</figure>
</div>
<h2>Suggested Confidence adjustments (shown, never applied)</h2>
<ul>${view.adjustments.map((a) => html`<li>${a.sentence}</li>`)}</ul>
${view.problems.map((p) => html`<p>${p.message}</p>`)}
</body></html>
`.toString();
}
