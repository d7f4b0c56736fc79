import { html } from '@trailmap/core/render';
import type { DemandScore } from '../reach/scoreWithDemand';
import { page } from './html';

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));
/** 240000 → 240k, 1250000 → 1.3M: readable in a narrow side window. */
const compact = (n: number | undefined) =>
  n === undefined
    ? '—'
    : n >= 1e6
      ? `${(n / 1e6).toFixed(1)}M`
      : n >= 1e4
        ? `${Math.round(n / 1e3)}k`
        : String(n);
const OPS = { divide: '÷', multiply: '×', add: '+' } as const;

/**
 * The score page of one issue or project: the score with its range and formula, each factor's
 * part, what the app assumed, and every customer behind Reach with its weight. Built with the one
 * auto-escaping `html` template: every value from Linear is escaped, and the "Open in Linear"
 * link passes the safeUrl rule (a `javascript:` URL becomes `#`).
 *
 * @example
 * renderScorePage(scored, { linearUrl: 'https://linear.app/acme/issue/ENG-1' });
 */
export function renderScorePage(
  scored: DemandScore,
  options: { linearUrl?: string; banner?: string },
): string {
  const { item, demand, score } = scored;
  const head = html`<p class="muted">${item.key} · ${item.status}${
    options.linearUrl ? html` · <a href="${options.linearUrl}">Open in Linear</a>` : ''
  }</p>`;
  const scoreBlock = score.ok
    ? html`<div class="card"><div><b class="num" style="font-size:22px">${fmt(score.score)}</b> <span class="muted">${
        score.explanation.name
      } (range ${fmt(score.range.low)}–${fmt(score.range.high)})</span></div><p>${score.explanation.summary}</p><div class="scroll"><table><thead><tr><th>factor</th><th>input</th><th>used</th><th>effect</th></tr></thead><tbody>${score.explanation.factors.map(
        (f) =>
          html`<tr><td>${f.name}</td><td>${f.input}</td><td class="num">${fmt(f.normalised)}</td><td class="num">${`${
            OPS[f.op as keyof typeof OPS] ?? '−'
          } ${fmt(f.contribution)}`}</td></tr>`,
      )}</tbody></table></div>${
        score.warnings.length
          ? html`<ul class="warn">${score.warnings.map((w) => html`<li>${w}</li>`)}</ul>`
          : ''
      }</div>`
    : html`<div class="card bad"><b>Not scored</b><ul>${score.problems.map((p) => html`<li>${p.message}</li>`)}</ul></div>`;
  const assumptions = scored.assumptions.length
    ? html`<h2>Assumed</h2><ul>${scored.assumptions.map((a) => html`<li>${a}</li>`)}</ul>`
    : '';
  const rows = demand.customers.map(
    (c) =>
      html`<tr><td>${c.name}${c.important ? html` <span class="warn">★</span>` : ''}</td><td class="num" title="${
        c.formula
      }"><b>${fmt(c.weight)}</b></td><td class="nw">${c.tier ?? '—'}</td><td class="num">${compact(
        c.revenue,
      )}</td><td class="num">${compact(c.size)}</td><td class="num">${c.requests}</td></tr>`,
  );
  const customers = html`<h2>Reach from customer requests</h2><p>${demand.summary}</p>${
    rows.length
      ? html`<div class="scroll"><table><thead><tr><th>customer</th><th>weight</th><th>tier</th><th>revenue</th><th>size</th><th>asks</th></tr></thead><tbody>${rows}</tbody></table></div><p class="muted">★ marked important in Linear.</p>`
      : ''
  }`;
  return page(item.title, html`${head}${scoreBlock}${assumptions}${customers}`, options.banner);
}
