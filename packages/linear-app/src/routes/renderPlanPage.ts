import type { Deferral } from '@trailmap/core';
import { html } from '@trailmap/core/render';
import type { CyclePlanInput } from '../planning/cyclePlanModel';
import type { CyclePlan } from '../planning/planCycles';
import { page } from './html';

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

function deferralReason(d: Deferral): string {
  switch (d.reason) {
    case 'capacity':
      return `does not fit (${fmt(d.shortfall)} points short)${d.lostTo ? `; lost to ${d.lostTo}` : ''}`;
    case 'too_large':
      return `larger than a whole cycle (${fmt(d.cost)} points, capacity ${fmt(d.capacity)}); split it`;
    case 'lower_value_density':
      return `value per point ${fmt(d.density)} is below the cut-off ${fmt(d.cutoff)}${d.cutoffItem ? ` (${d.cutoffItem})` : ''}`;
    case 'missing_prerequisite':
      return `its prerequisite ${d.prerequisite} is deferred`;
    case 'no_value':
      return 'nothing gives it value yet (no score, no customer)';
  }
}

/**
 * The cycle-plan preview: capacity and where it comes from, each cycle's issues against capacity,
 * the gain over the greedy rank-order baseline, why each deferred issue waits, and an Apply form
 * carrying the preview id and input hash (no script). Built with core's auto-escaping `html`:
 * titles, cycle and milestone names from Linear are escaped, and the form action passes `safeUrl`.
 *
 * @example
 * renderPlanPage({ title, input, result, previewId, applyAction });
 */
export function renderPlanPage(p: {
  title: string;
  input: CyclePlanInput;
  result: CyclePlan;
  previewId: string;
  applyAction: string;
  cycleName: (id: string | null) => string;
  /** `cycles` for a team plan, `milestones` for a project plan. */
  slots: 'cycles' | 'milestones';
}): string {
  const { input, result } = p;
  const { plan, baseline } = result;
  const titles = new Map(input.candidates.map((c) => [c.key, c.title]));
  const moved = new Map(result.moves.map((m) => [m.key, m]));
  const gain = baseline.value > 0 ? ((plan.value - baseline.value) / baseline.value) * 100 : 0;
  const summary = html`<div class="card"><p>${input.velocity.explanation}</p><p>Plan value <b class="num">${fmt(
    plan.value,
  )}</b> vs greedy rank order <b class="num">${fmt(baseline.value)}</b>${
    baseline.value > 0
      ? html` (<span class="${gain >= 0 ? 'ok' : 'bad'}">${gain >= 0 ? '+' : ''}${fmt(gain)} %</span>)`
      : ''
  }. Method: ${result.method}.</p></div>`;
  const cycles = plan.releases.map((r) => {
    const rows = r.items.map((key) => {
      const m = moved.get(key);
      return html`<li><b>${key}</b> ${titles.get(key) ?? ''}${
        m ? html` <span class="warn">← ${p.cycleName(m.fromCycleId)}</span>` : ''
      }</li>`;
    });
    return html`<div class="card"><b>${r.name}</b> <span class="muted num">${fmt(r.cost)} / ${fmt(
      r.capacity,
    )} points · value ${fmt(r.value)}</span><ul>${rows.length > 0 ? rows : html`<li class="muted">nothing planned</li>`}</ul></div>`;
  });
  const deferred = plan.deferred.length
    ? html`<h2>Deferred</h2><ul>${plan.deferred.map((d) => {
        const m = moved.get(d.id);
        return html`<li><b>${d.id}</b> ${titles.get(d.id) ?? ''}: ${deferralReason(d)}${
          m ? html` <span class="warn">(leaves ${p.cycleName(m.fromCycleId)})</span>` : ''
        }</li>`;
      })}</ul>`
    : '';
  const excluded = input.excluded.length
    ? html`<h2>Not plannable</h2><ul>${input.excluded.map(
        (e) => html`<li><b>${e.key}</b> ${e.title}: ${e.reason}</li>`,
      )}</ul>`
    : '';
  const apply = result.moves.length
    ? html`<form method="post" action="${p.applyAction}"><input type="hidden" name="previewId" value="${
        p.previewId
      }"><input type="hidden" name="inputHash" value="${input.inputHash}"><p>Applying moves ${
        result.moves.length
      } issue(s) between ${p.slots} in Linear.</p><button type="submit">Apply to Linear</button></form>`
    : html`<p class="ok">Linear already matches this plan: nothing to apply.</p>`;
  return page(p.title, html`${summary}<h2>Upcoming ${p.slots}</h2>${cycles}${deferred}${excluded}${apply}`);
}
