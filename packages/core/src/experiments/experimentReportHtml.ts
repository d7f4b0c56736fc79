import { html, rawHtml } from '../render/html';
import type { AnalysisResult } from './analyseExperiment';
import type { ExperimentAnalysis } from './analysisInput';
import { comparisonVerdict, metricLabel, srmWarning } from './experimentVerdict';
import { formatLift, formatPercent } from './formatLift';
import { liftChart } from './liftChart';

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#1d2330;max-width:900px}
h1{font-size:20px}h2{font-size:16px;margin-top:28px}.srm{background:#fff4e5;border-left:4px solid #d97706;padding:8px 12px}
table{border-collapse:collapse;margin-top:8px}td,th{border-bottom:1px solid #e3e6ea;padding:4px 10px;text-align:right}
th:first-child,td:first-child{text-align:left}.problem{color:#b42318}`;

/**
 * A self-contained HTML report of one or more analyses: the SRM warning first, the verdicts, a
 * lift chart with intervals and the numbers. Every value is escaped by the one `html` template.
 *
 * @example
 * experimentReportHtml([{ analysis, result }], 'checkout.json'); // => '<!doctype html>…'
 */
export function experimentReportHtml(
  entries: readonly { analysis: ExperimentAnalysis; result: AnalysisResult }[],
  title: string,
): string {
  const sections = entries.map(({ analysis, result }, i) => {
    const troubled = new Set(result.problems.map((p) => p.field));
    const verdicts = result.comparisons.map((c, j) =>
      comparisonVerdict(
        analysis,
        c,
        troubled.has(`variants[${j + 1}]`) || troubled.has('variants[0]') || troubled.has('alpha'),
      ),
    );
    const warning = srmWarning(result);
    const bayesian = analysis.engine === 'bayesian';
    return html`<section>
<h2>${entries.length > 1 ? `${i + 1}. ` : ''}${metricLabel(analysis)} (${analysis.metric.type}, ${analysis.engine}, ${analysis.difference})</h2>
${warning ? html`<p class="srm"><strong>⚠</strong> ${warning}</p>` : ''}
<ul>${verdicts.map((v) => html`<li>${v.sentence}</li>`)}</ul>
${liftChart(
  result.comparisons.map((c, j) => ({
    label: c.variant,
    expected: c.expected,
    ci: c.ci,
    outcome: verdicts[j]!.outcome,
  })),
  analysis.difference,
)}
<table><thead><tr><th>Variant</th><th>Lift</th><th>Interval</th><th>SE</th>${bayesian ? html`<th>Chance to win</th><th>Risk (ship)</th>` : html`<th>p-value</th>`}</tr></thead>
<tbody>${result.comparisons.map(
      (c) =>
        html`<tr><td>${c.variant}</td><td>${formatLift(c.expected, analysis.difference)}</td><td>${formatLift(c.ci[0], analysis.difference)} to ${formatLift(c.ci[1], analysis.difference)}</td><td>${c.se.toPrecision(3)}</td>${
          bayesian
            ? html`<td>${formatPercent(c.chanceToWin ?? 0.5)}</td><td>${(c.risk?.[1] ?? 0).toPrecision(3)}</td>`
            : html`<td>${(c.pValue ?? 1).toPrecision(3)}</td>`
        }</tr>`,
    )}</tbody></table>
<p>SRM p-value ${result.srm.pValue.toPrecision(3)}${result.srm.flagged ? ' (flagged)' : ''}.</p>
${result.problems.map((p) => html`<p class="problem">${p.message}</p>`)}
</section>`;
  });
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>${rawHtml(STYLE)}</style></head>
<body><h1>Experiment results: ${title}</h1>
${sections}
</body></html>
`.toString();
}
