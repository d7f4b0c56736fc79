import type { Backlog } from '@trailmap/core';
import { html, rawHtml } from '@trailmap/core/render';

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1b1d22}
.demo{background:#fff4d6;border-bottom:1px solid #e8c66a;padding:10px 24px;font-weight:600}
main{padding:16px 24px;overflow-wrap:anywhere}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #e6e6ea}
th{font-weight:600;color:#555}h2{margin:24px 0 8px;font-size:16px}`;

/**
 * The fallback demo page: the sample backlog grouped by project, with target dates, under a
 * banner that says it is demo data. The feature routes replace it with the real roadmap at
 * `/roadmap/demo`. Built with core's auto-escaping `html` template.
 *
 * @example
 * c.html(renderDemoPage(backlog, 'backlog.linear.csv'));
 */
export function renderDemoPage(backlog: Backlog, source: string): string {
  const groups = new Map<string, Backlog['items']>();
  for (const item of backlog.items) {
    const key = item.project ?? item.initiative ?? 'No project';
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const sections = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([project, items]) => html`<h2>${project} <small>(${items.length})</small></h2>
<table><thead><tr><th>Key</th><th>Title</th><th>Status</th><th>Start</th><th>Target</th></tr></thead><tbody>
${items.map(
  (i) =>
    html`<tr><td>${i.key}</td><td>${i.title}</td><td>${i.status}</td><td>${i.startDate ?? ''}</td><td>${i.targetDate ?? ''}</td></tr>\n`,
)}</tbody></table>
`,
    );
  return html`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Trailmap demo roadmap</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${rawHtml(STYLE)}</style></head><body>
<div class="demo" role="status">Demo data — sample Linear export (${source.split('/').pop() ?? source}), not your workspace. Connect Linear to see yours.</div>
<main><h1>Roadmap (demo)</h1><p>${backlog.items.length} work items.</p>${sections}</main></body></html>`.toString();
}

/** Shown when the sample cannot be loaded yet; still clearly labelled. */
export function renderDemoUnavailable(message: string): string {
  return html`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Trailmap demo</title><style>${rawHtml(STYLE)}</style></head><body>
<div class="demo" role="status">Demo mode — no Linear credentials configured.</div>
<main><p>The demo workspace could not be loaded: ${message}</p></main></body></html>`.toString();
}
