import type { DemandScore } from '../reach/scoreWithDemand';
import { esc, page } from './html';

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

/**
 * The score page of one issue or project: the score with its range and formula, each factor's
 * part, what the app assumed, and every customer behind Reach with its weight.
 *
 * @example
 * renderScorePage(scored, { linearUrl: 'https://linear.app/acme/issue/ENG-1' });
 */
export function renderScorePage(
  scored: DemandScore,
  options: { linearUrl?: string; banner?: string },
): string {
  const { item, demand, score } = scored;
  const head = `<p class="muted">${esc(item.key)} · ${esc(item.status)}${
    options.linearUrl ? ` · <a href="${esc(options.linearUrl)}">Open in Linear</a>` : ''
  }</p>`;
  const scoreBlock = score.ok
    ? `<div class="card"><div><b class="num" style="font-size:22px">${esc(fmt(score.score))}</b> <span class="muted">${esc(
        score.explanation.name,
      )} (range ${esc(fmt(score.range.low))}–${esc(fmt(score.range.high))})</span></div><p>${esc(
        score.explanation.summary,
      )}</p><div class="scroll"><table><thead><tr><th>factor</th><th>input</th><th>used</th><th>effect</th></tr></thead><tbody>${score.explanation.factors
        .map(
          (f) =>
            `<tr><td>${esc(f.name)}</td><td>${esc(f.input)}</td><td class="num">${esc(fmt(f.normalised))}</td><td class="num">${esc(
              `${f.op === 'divide' ? '÷' : f.op === 'multiply' ? '×' : f.op === 'add' ? '+' : '−'} ${fmt(f.contribution)}`,
            )}</td></tr>`,
        )
        .join('')}</tbody></table></div>${
        score.warnings.length
          ? `<ul class="warn">${score.warnings.map((w) => `<li>${esc(w)}</li>`).join('')}</ul>`
          : ''
      }</div>`
    : `<div class="card bad"><b>Not scored</b><ul>${score.problems.map((p) => `<li>${esc(p.message)}</li>`).join('')}</ul></div>`;
  const assumptions = scored.assumptions.length
    ? `<h2>Assumed</h2><ul>${scored.assumptions.map((a) => `<li>${esc(a)}</li>`).join('')}</ul>`
    : '';
  const rows = demand.customers
    .map(
      (c) =>
        `<tr><td>${esc(c.name)}${c.important ? ' <span class="warn">★</span>' : ''}</td><td class="num" title="${esc(
          c.formula,
        )}"><b>${esc(fmt(c.weight))}</b></td><td class="nw">${esc(c.tier ?? '—')}</td><td class="num">${esc(
          compact(c.revenue),
        )}</td><td class="num">${esc(compact(c.size))}</td><td class="num">${c.requests}</td></tr>`,
    )
    .join('');
  const customers = `<h2>Reach from customer requests</h2><p>${esc(demand.summary)}</p>${
    rows
      ? `<div class="scroll"><table><thead><tr><th>customer</th><th>weight</th><th>tier</th><th>revenue</th><th>size</th><th>asks</th></tr></thead><tbody>${rows}</tbody></table></div><p class="muted">★ marked important in Linear.</p>`
      : ''
  }`;
  return page(item.title, `${head}${scoreBlock}${assumptions}${customers}`, options.banner);
}
