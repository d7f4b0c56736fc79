// Public API of the render area: the one auto-escaping HTML template.
export type { HtmlValue } from './html';
export { html, rawHtml, SafeHtml } from './html';
