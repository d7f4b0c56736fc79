import { html, rawHtml, type SafeHtml } from '@trailmap/core/render';

const CSS = `
*{box-sizing:border-box}body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2328;background:#fff}
main{max-width:960px;margin:0 auto;padding:12px;overflow-wrap:anywhere}h1{font-size:18px;margin:4px 0 8px;overflow-wrap:anywhere}
h2{font-size:15px;margin:16px 0 6px}.banner{display:inline-block;background:#fff3cd;color:#664d03;border:1px solid #ffe69c;border-radius:10px;padding:1px 8px;font-size:12px}
.muted{color:#59636e}.num{font-variant-numeric:tabular-nums;white-space:nowrap;overflow-wrap:normal}.nw{white-space:nowrap;overflow-wrap:normal}table{border-collapse:collapse;width:100%;font-size:13px}
th,td{text-align:left;padding:4px 6px;border-bottom:1px solid #d1d9e0;vertical-align:top;overflow-wrap:anywhere}
th{font-weight:600;font-size:12px;color:#59636e;white-space:nowrap;overflow-wrap:normal}.card{border:1px solid #d1d9e0;border-radius:8px;padding:8px 10px;margin:8px 0}
.ok{color:#1a7f37}.warn{color:#9a6700}.bad{color:#cf222e}ul{padding-left:18px;margin:4px 0}
button{font:inherit;padding:6px 12px;border-radius:6px;border:1px solid #1f883d;background:#1f883d;color:#fff}
a{color:#0969da}.scroll{overflow-x:auto}
`;

/**
 * A complete, script-free page with inline styles that fits a 360 px side window. The body is
 * markup built with core's auto-escaping `html` template (a plain string is not accepted), so
 * every page escapes what it shows from Linear in one way.
 *
 * @example
 * page('Score', html`<p>${issue.title}</p>`, 'Demo data');
 */
export function page(title: string, body: SafeHtml, banner?: string): string {
  return html`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title><style>${rawHtml(
    CSS,
  )}</style></head><body><main><h1>${title}${
    banner ? html` <span class="banner">${banner}</span>` : ''
  }</h1>${body}</main></body></html>`.toString();
}
