// The page's only stylesheet, inlined so the document needs no external asset and runs under
// `default-src 'none'; style-src 'unsafe-inline'`. Colours meet WCAG AA (4.5:1 for text) in
// both the light and the dark scheme; the timeline draws with classes so it follows the scheme.

/**
 * CSS for the roadmap document (board, timeline, print). Exported so an embedding page that
 * renders the sections itself can reuse it.
 *
 * @example
 * `<style>${ROADMAP_CSS}</style>`;
 */
export const ROADMAP_CSS = `
:root{color-scheme:light dark;--bg:#f7f8f9;--surface:#fff;--sunken:#f1f2f4;--border:#dcdfe4;--text:#172b4d;--muted:#44546f;
--now:#0c66e4;--next:#5e4db2;--later:#44546f;--link:#0c66e4;--focus:#388bff;
--risk:#ae2e24;--risk-bg:#ffeceb;--done:#216e4e;--done-bg:#dcfff1;--chip:#f1f2f4;
--bar-todo:#dcdfe4;--bar-todo-text:#172b4d;--bar-prog:#cce0ff;--bar-prog-text:#09326c;--bar-done:#baf3db;--bar-done-text:#164b35;
--bar-fill:#1f845a;--grid:#e4e6ea;--axis-alt:#f1f2f4;--today:#c9372c;--release:#5e4db2;--edge:#8590a2}
@media (prefers-color-scheme:dark){:root{--bg:#1d2125;--surface:#22272b;--sunken:#161a1d;--border:#3b444c;--text:#dee4ea;--muted:#b6c2cf;
--now:#85b8ff;--next:#b8acf6;--later:#b6c2cf;--link:#85b8ff;--focus:#85b8ff;--risk:#fd9891;--risk-bg:#42221f;--done:#7ee2b8;--done-bg:#1c3329;--chip:#2c333a;
--bar-todo:#454f59;--bar-todo-text:#f1f2f4;--bar-prog:#09326c;--bar-prog-text:#e9f2ff;--bar-done:#164b35;--bar-done-text:#dcfff1;
--bar-fill:#4bce97;--grid:#2c333a;--axis-alt:#282e33;--today:#f87168;--release:#b8acf6;--edge:#8c9bab}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--text);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;overflow-wrap:anywhere}
a{color:var(--link)}
:focus-visible{outline:2px solid var(--focus);outline-offset:2px}
.page{max-width:1440px;margin:0 auto;padding:16px 12px 32px}
header.top{display:flex;flex-wrap:wrap;align-items:center;gap:6px 12px;margin-bottom:4px}
h1{font-size:20px;line-height:1.25;margin:0;min-width:0}
h2{font-size:16px;margin:24px 0 8px;display:flex;align-items:baseline;gap:8px;flex-wrap:wrap}
h2 small,.muted{color:var(--muted);font-weight:400;font-size:13px}
.banner{display:inline-block;padding:2px 8px;border-radius:999px;background:#fff7d6;color:#533f04;font-size:12px;font-weight:600;border:1px solid #f5cd47}
.meta{margin:4px 0 0;color:var(--muted);font-size:13px;display:flex;flex-wrap:wrap;gap:2px 14px;padding:0;list-style:none}
.meta b{color:var(--text);font-weight:600}
.callout{margin:12px 0 0;padding:10px 12px;border-radius:8px;background:var(--risk-bg);color:var(--risk);border:1px solid currentColor}
.callout h2{margin:0 0 4px;font-size:14px;color:inherit}
.callout ul{margin:0;padding-left:18px}
.callout li{margin:2px 0}
.callout a,.callout .k{color:inherit;font-weight:600}
.board{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,300px),1fr));gap:12px;align-items:start}
.column{background:var(--sunken);border:1px solid var(--border);border-radius:10px;padding:10px;min-width:0}
.column>header{display:flex;align-items:baseline;justify-content:space-between;gap:8px;border-top:4px solid var(--accent);margin:-10px -10px 8px;padding:8px 10px 0;border-radius:10px 10px 0 0}
.column h3{margin:0;font-size:15px;color:var(--accent)}
.column .rules{margin:0 0 8px;font-size:12px;color:var(--muted)}
.col-now{--accent:var(--now)}.col-next{--accent:var(--next)}.col-later{--accent:var(--later)}
.count{display:inline-block;min-width:22px;padding:0 6px;border-radius:999px;background:var(--chip);color:var(--text);font-size:12px;font-weight:600;text-align:center}
.group{margin:8px 0 0;min-width:0}
.group>.gh{display:flex;align-items:baseline;gap:6px;margin:10px 0 6px;font-size:13px;font-weight:650;color:var(--text)}
.group .group{margin-left:8px;padding-left:8px;border-left:2px solid var(--border)}
.group .group>.gh{font-weight:600;color:var(--muted)}
.gh .progress{flex:0 0 64px}
ul.cards{list-style:none;margin:0;padding:0;display:grid;gap:6px;grid-template-columns:minmax(0,1fr)}
.card{display:block;background:var(--surface);border:1px solid var(--border);border-radius:8px;padding:8px 10px;color:var(--text);text-decoration:none;min-width:0}
a.card:hover{border-color:var(--link)}
.card.risk{border-left:4px solid var(--risk)}
.card.done{opacity:1;background:var(--done-bg)}
.card .row{display:flex;align-items:center;gap:6px;min-width:0}
.card .key{font-size:12px;font-weight:600;color:var(--muted);white-space:nowrap}
.card .title{display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden;font-weight:500;margin:2px 0 4px}
.chips{display:flex;flex-wrap:wrap;gap:4px;font-size:12px}
.chip{padding:0 6px;border-radius:4px;background:var(--chip);color:var(--muted);white-space:nowrap;max-width:100%;overflow:hidden;text-overflow:ellipsis}
.chip.score{color:var(--text);font-weight:600}
.chip.status-in_progress{color:var(--now)}
.chip.risk{background:var(--risk-bg);color:var(--risk);font-weight:600}
.chip.done{background:var(--done-bg);color:var(--done);font-weight:600}
.chip.why{background:transparent;padding:0;font-style:italic}
.progress{display:flex;align-items:center;gap:6px;font-size:12px;color:var(--muted);margin-top:6px}
.progress .track{flex:1;height:6px;border-radius:3px;background:var(--chip);overflow:hidden;display:flex;min-width:40px}
.progress .d{background:var(--bar-fill)}.progress .pct{flex:none;min-width:3.2em;text-align:right;font-variant-numeric:tabular-nums}
.more{font-size:12px;color:var(--muted);padding:4px 2px}
.empty{font-size:13px;color:var(--muted);padding:8px 2px}
.timeline-frame{max-width:100%;overflow-x:auto;overflow-y:hidden;background:var(--surface);border:1px solid var(--border);border-radius:10px;-webkit-overflow-scrolling:touch}
.timeline-frame svg{display:block}
.tl-narrow{display:none}
@media (max-width:720px){.tl-wide{display:none}.tl-narrow{display:block}}
.legend{display:flex;flex-wrap:wrap;gap:4px 14px;font-size:12px;color:var(--muted);margin:0 0 8px;padding:0;list-style:none}
.legend i{display:inline-block;width:14px;height:10px;border-radius:2px;margin-right:4px;vertical-align:-1px}
.legend .l-todo{background:var(--bar-todo)}.legend .l-prog{background:var(--bar-prog)}.legend .l-done{background:var(--bar-done)}
.legend .l-risk{border:2px solid var(--risk)}.legend .l-est{border:1px dashed var(--muted);background:var(--bar-todo)}.legend .l-slip{height:0;border-top:2px dashed var(--risk);border-radius:0;vertical-align:3px}.legend .l-today{width:2px;background:var(--today)}.legend .l-rel{width:0;border-left:2px dashed var(--release);border-radius:0}
svg text{font-family:inherit}
.ax-alt{fill:var(--axis-alt)}.ax-line{stroke:var(--grid)}.ax-label{fill:var(--muted);font-size:11px}.ax-group{fill:var(--text);font-size:11px;font-weight:600}
.sl-head{fill:var(--sunken)}.sl-label{fill:var(--text);font-size:12px;font-weight:600}.sl-count{fill:var(--muted);font-size:11px}.sl-line{stroke:var(--border)}
.bar rect.body{fill:var(--bar-todo)}.bar text{fill:var(--bar-todo-text);font-size:12px}
.bar.s-in_progress rect.body{fill:var(--bar-prog)}.bar.s-in_progress text{fill:var(--bar-prog-text)}
.bar.s-done rect.body{fill:var(--bar-done)}.bar.s-done text{fill:var(--bar-done-text)}
.bar rect.fill{fill:var(--bar-fill)}
.bar.est rect.body{stroke:var(--muted);stroke-width:1;stroke-dasharray:4 3}
.bar.risk rect.body,.bar.risk polygon{stroke:var(--risk);stroke-width:2;stroke-dasharray:none}
.bar polygon{fill:var(--next)}.bar.s-done polygon{fill:var(--bar-fill)}
.bar .flag{fill:var(--risk)}.bar text.flag-t{fill:var(--surface);font-size:10px;font-weight:700}
.bar:focus{outline:none}.bar:focus-visible rect.body,.bar:focus-visible polygon{stroke:var(--focus);stroke-width:3}
.bar .hit{fill:transparent}
.bar .slip{stroke:var(--risk);stroke-width:2;stroke-dasharray:3 2}
a.bar:hover rect.body{filter:brightness(.96)}
.edge{fill:none;stroke:var(--edge);stroke-width:1.25}.edge.via{stroke-dasharray:1 3;stroke-linecap:round}.edge.bad{stroke:var(--risk);stroke-dasharray:4 3}
.mk-today{stroke:var(--today);stroke-width:2}.mk-today-t{fill:var(--today);font-size:11px;font-weight:700}
.mk-rel{stroke:var(--release);stroke-width:1.5;stroke-dasharray:5 4}.mk-rel-t{fill:var(--release);font-size:11px;font-weight:600}
.arrow{fill:var(--edge)}.arrow-bad{fill:var(--risk)}
.shelf{margin-top:12px}
.shelf summary{cursor:pointer;font-weight:600}
.srows{list-style:none;margin:8px 0 0;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,380px),1fr));gap:4px 12px}
.srow{display:flex;align-items:center;gap:8px;padding:5px 8px;border-radius:6px;background:var(--surface);border:1px solid var(--border);color:var(--text);text-decoration:none;min-width:0}
.srow .key{font-size:12px;font-weight:600;color:var(--muted);white-space:nowrap}
.srow .t{flex:1;min-width:0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
a.srow:hover{border-color:var(--link)}
.note{font-size:12px;color:var(--muted);margin:6px 0 0}
footer{margin-top:28px;font-size:12px;color:var(--muted)}
@media (max-width:480px){.page{padding:12px 8px 24px}h1{font-size:18px}.column{padding:8px}.column>header{margin:-8px -8px 8px;padding:8px 8px 0}
.card{padding:6px 8px}.card .title{-webkit-line-clamp:1;margin:0 0 3px}.chip.why{display:none}ul.cards{gap:4px}.callout li{font-size:13px}}
@media print{
:root{--bg:#fff;--surface:#fff;--sunken:#fff;--chip:#f1f2f4}
body{background:#fff;color:#000;font-size:11px}
.page{max-width:none;padding:0}
a{color:inherit;text-decoration:none}
.board{grid-template-columns:repeat(3,1fr)}
.column,.card,.group{break-inside:avoid}
.timeline-frame{overflow:visible;border:0}.tl-wide{display:block}.tl-narrow{display:none}
.timeline-frame svg{max-width:100%;height:auto}
details.shelf>*{display:block}
.callout{background:#fff}
h2{break-after:avoid}
}
`;
