import { deferralText, type ExactPlan, type Forecast, type NotPlannable, type Plan } from '@trailmap/core';
import { daysBetween } from '@trailmap/core/calendar';
import { html, rawHtml } from '@trailmap/core/render';
import Table from 'cli-table3';

/** Everything `trailmap plan` shows, in one object (this is also the `--format json` output). */
export interface PlanReport {
  file: string;
  framework: string;
  /** The framework that gave the values (`signals` when it stood in for the one asked for). */
  frameworkId: string;
  /** The framework asked for, when it found none of its inputs. */
  fellBackFrom?: string;
  /** Open leaf items left out because they have no estimate (as Jira Plans skips them). */
  needsEstimate: string[];
  /** List every deferred and unestimated item instead of a summary. */
  showAll: boolean;
  /** Per-release discount applied to value. */
  discount: number;
  unit: string;
  today: string;
  plan: Plan | ExactPlan;
  baseline: { value: number; cost: number; releases: { id: string; items: string[] }[] };
  /** Release end dates (when known), by release id. */
  releaseEnds: Record<string, string | undefined>;
  titles: Record<string, string>;
  /** Cost per plannable item, in `unit`. */
  costs: Record<string, number>;
  notPlannable: NotPlannable[];
  forecast: { ok: true; value: Forecast } | { ok: false; reason: string };
  warnings: string[];
}

// Long lists (36,814 deferred items on a 50 MB export) are summarised unless --all.
export const SUMMARY_ROWS = 20;

function shownRows<T>(r: PlanReport, rows: readonly T[]): readonly T[] {
  return r.showAll ? rows : rows.slice(0, SUMMARY_ROWS);
}

function summaryNote(r: PlanReport, count: number): string {
  return !r.showAll && count > SUMMARY_ROWS ? ` first ${SUMMARY_ROWS} shown (--all lists every item)` : '';
}

const fmt = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const pct = (x: number): string => `${(100 * x).toFixed(x < 0.01 ? 2 : 1)} %`;

/**
 * The proof line: optimal, or the gap and how the bound was found.
 *
 * @example
 * proofText(plan); // => 'exact (HiGHS MIP): gap 1.2 % to 5230 (solver bound) after 10.0 s (time_limit)'
 */
export function proofText(plan: Plan | ExactPlan): string {
  const solver = 'solver' in plan ? plan.solver : undefined;
  // A solver given no time (the limit was used up before it) did not run: say so, not "exact".
  const skipped = solver !== undefined && solver.status === 'time_limit' && solver.seconds === 0;
  const how = skipped
    ? 'greedy plan (no time left for the HiGHS MIP)'
    : plan.method === 'exact'
      ? 'exact (HiGHS MIP)'
      : 'instant heuristic';
  if (plan.provenOptimal)
    return `${how}: proven optimal${solver ? ` in ${solver.seconds.toFixed(1)} s` : ''}`;
  const bound = plan.boundSource === 'solver' ? 'solver bound' : 'total value of every item (weak bound)';
  return `${how}: gap ${pct(plan.gap)} to ${fmt(plan.bound)} (${bound})${solver && !skipped ? ` after ${solver.seconds.toFixed(1)} s (${solver.status})` : ''}`;
}

/**
 * The terminal rendering: summary, one table per release, forecast, deferrals, unplannable items.
 *
 * @example
 * process.stdout.write(renderPlanTable(report));
 */
export function renderPlanTable(r: PlanReport): string {
  const { plan } = r;
  const gain = r.baseline.value > 0 ? ` (+${pct(plan.value / r.baseline.value - 1)})` : '';
  const out: string[] = [
    `Release plan for ${r.file}: value from ${r.framework}${r.discount > 0 ? `, discounted ${pct(r.discount)} per release` : ''}, cost in ${r.unit}`,
    `Value ${fmt(plan.value)} vs ${fmt(r.baseline.value)} for the rank-order baseline${gain}; ${proofText(plan)}`,
    '',
  ];
  for (const release of plan.releases) {
    const end = r.releaseEnds[release.id];
    out.push(
      `${release.name}${end ? ` (ends ${end})` : ''}: ${fmt(release.cost)}/${fmt(release.capacity)} ${r.unit}, value ${fmt(release.value)}`,
    );
    const table = new Table({ head: ['key', 'title', 'cost'], style: { head: [], border: [] } });
    for (const id of release.items) table.push([id, truncate(r.titles[id] ?? '', 60), fmt(costOf(r, id))]);
    out.push(release.items.length > 0 ? table.toString() : '  (nothing fits)', '');
  }
  if (r.forecast.ok) {
    const f = r.forecast.value;
    out.push(
      `Forecast (Monte Carlo from ${f.weeksOfHistory} weeks of completed work, from ${r.today})${f.thinHistory ? ': thin history, dates are rough' : ''}`,
    );
    const table = new Table({
      head: ['release', 'P50', 'P85', 'P95', 'planned end', 'at P85'],
      style: { head: [], border: [] },
    });
    for (const rel of f.releases) {
      const end = r.releaseEnds[rel.id];
      table.push([
        rel.name,
        rel.p50 ?? '—',
        rel.p85 ?? '—',
        rel.p95 ?? '—',
        end ?? '',
        onTrack(rel.p85, end),
      ]);
    }
    out.push(table.toString(), '');
  } else {
    out.push(`Forecast: ${r.forecast.reason}`, '');
  }
  if (plan.deferred.length > 0) {
    out.push(`Deferred (${plan.deferred.length}):${summaryNote(r, plan.deferred.length)}`);
    const byReason = new Map<string, number>();
    for (const d of plan.deferred) byReason.set(d.reason, (byReason.get(d.reason) ?? 0) + 1);
    if (!r.showAll && plan.deferred.length > SUMMARY_ROWS)
      out.push(`  by reason: ${[...byReason].map(([k, n]) => `${k.replace(/_/g, ' ')} ${n}`).join(', ')}`);
    for (const d of shownRows(r, plan.deferred))
      out.push(`  ${d.id}  ${truncate(r.titles[d.id] ?? '', 40)} — ${deferralText(d)}`);
    out.push('');
  }
  const needs = new Set(r.needsEstimate);
  if (r.needsEstimate.length > 0) {
    out.push(
      `Needs an estimate (${r.needsEstimate.length}), not planned:${summaryNote(r, r.needsEstimate.length)}`,
    );
    for (const key of shownRows(r, r.needsEstimate))
      out.push(`  ${key}  ${truncate(r.titles[key] ?? '', 60)}`);
    out.push('');
  }
  const other = r.notPlannable.filter((n) => !needs.has(n.key));
  if (other.length > 0) {
    out.push(`Not plannable (${other.length}):${summaryNote(r, other.length)}`);
    for (const n of shownRows(r, other)) out.push(`  ${n.key}  ${n.message}`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

const PLAN_CSS = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#172b4d;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}td,th{border-bottom:1px solid #dfe1e6;padding:.3rem .5rem;text-align:left;overflow-wrap:anywhere}
h2{min-width:0}.usage{display:flex;align-items:center;gap:.5rem}.usage .label{flex:none;font-variant-numeric:tabular-nums}
.bar{flex:1;background:#ebecf0;height:.5rem;border-radius:.25rem;overflow:hidden}.bar span{display:block;height:100%;background:#0c66e4}
.note{color:#626f86}small{color:#626f86;font-weight:normal}`;

/**
 * The whole percent of a release's capacity its planned cost uses, capped at 100: the number
 * the capacity bar both prints and fills to.
 *
 * @example
 * capacityPercent({ cost: 4, capacity: 10 }); // => 40
 */
export function capacityPercent(release: { cost: number; capacity: number }): number {
  return release.capacity > 0 ? Math.min(100, Math.round((100 * release.cost) / release.capacity)) : 0;
}

/**
 * A self-contained HTML page of the plan, built with core's auto-escaping `html` template: every
 * title, release name and reason from the export is escaped. Long names wrap inside the page.
 *
 * @example
 * writeFileSync('plan.html', renderPlanHtml(report));
 */
export function renderPlanHtml(r: PlanReport): string {
  const { plan } = r;
  const rows = (cells: string[][]) => cells.map((c) => html`<tr>${c.map((x) => html`<td>${x}</td>`)}</tr>\n`);
  const releases = plan.releases.map((release) => {
    const end = r.releaseEnds[release.id];
    const used = capacityPercent(release);
    return html`<section><h2>${release.name}${end ? html` <small>ends ${end}</small>` : ''}</h2>
<p>${`${fmt(release.cost)} / ${fmt(release.capacity)} ${r.unit} · value ${fmt(release.value)}`}</p>
<div class="usage"><div class="bar" role="progressbar" aria-label="${`${release.name}: capacity used`}" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${used}"><span style="width:${used}%"></span></div><span class="label">${used} % of capacity</span></div>
<table><thead><tr><th>key</th><th>title</th><th>cost</th></tr></thead><tbody>
${rows(release.items.map((id) => [id, r.titles[id] ?? '', fmt(costOf(r, id))]))}</tbody></table></section>
`;
  });
  const forecast = r.forecast.ok
    ? html`<table><thead><tr><th>release</th><th>P50</th><th>P85</th><th>P95</th><th>planned end</th><th>at P85</th></tr></thead><tbody>
${rows(r.forecast.value.releases.map((f) => [f.name, f.p50 ?? '—', f.p85 ?? '—', f.p95 ?? '—', r.releaseEnds[f.id] ?? '', onTrack(f.p85, r.releaseEnds[f.id])]))}</tbody></table>${r.forecast.value.warnings.map((w) => html`<p class="note">${w}</p>`)}`
    : html`<p class="note">${r.forecast.reason}</p>`;
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${`Release plan — ${r.file}`}</title>
<style>${rawHtml(PLAN_CSS)}</style></head><body>
<h1>Release plan</h1>
<p>${`${r.file}: value from ${r.framework}, cost in ${r.unit}.`}</p>
<p><strong>${`Value ${fmt(plan.value)}`}</strong>${` vs ${fmt(r.baseline.value)} for the rank-order baseline; ${proofText(plan)}.`}</p>
${releases}<h2>Forecast</h2>
${forecast}
<h2>Deferred</h2>
<table><thead><tr><th>key</th><th>title</th><th>why</th></tr></thead><tbody>
${rows(plan.deferred.map((d) => [d.id, r.titles[d.id] ?? '', deferralText(d)]))}</tbody></table>
<h2>Not plannable</h2>
<table><tbody>
${rows(r.notPlannable.map((n) => [n.key, n.message]))}</tbody></table>
</body></html>
`.toString();
}

/**
 * Whether the 85th-percentile finish meets the planned end date.
 *
 * @example
 * onTrack('2027-01-31', '2027-01-08'); // => 'late by 23 days'
 */
export function onTrack(p85: string | null, end: string | undefined): string {
  if (!end) return '';
  if (!p85) return 'beyond horizon';
  const days = daysBetween(end, p85);
  return days <= 0 ? 'on track' : `late by ${days} days`;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function costOf(r: PlanReport, id: string): number {
  return r.costs[id] ?? 0;
}
