/**
 * Escapes text for HTML (and inline SVG) element content and quoted attribute values. Every
 * string that reaches the rendered page goes through this, so a title such as
 * `<img src=x onerror=alert(1)>` is shown as text and never parsed as markup.
 *
 * @example
 * escapeHtml('<b>"Tom" & \'Jerry\'</b>'); // => '&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Accepts only `http:` and `https:` links (absolute, or relative to the page) for links back
 * to the tracker; anything else (`javascript:`, `data:`) yields `undefined` so no link is drawn.
 *
 * @example
 * safeUrl('https://acme.atlassian.net/browse/PM-1'); // => 'https://acme.atlassian.net/browse/PM-1'
 * safeUrl('javascript:alert(1)'); // => undefined
 */
export function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const trimmed = url.trim();
  if (trimmed === '') return undefined;
  // Control characters and whitespace inside a scheme are how `java\tscript:` slips past filters.
  for (const char of trimmed) {
    const code = char.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) return undefined;
  }
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === undefined) return trimmed.startsWith('//') ? undefined : trimmed;
  return scheme === 'http' || scheme === 'https' ? trimmed : undefined;
}

/**
 * Shortens text to at most `max` characters, ending with an ellipsis when cut. Counts code
 * points so an emoji is never split in half.
 *
 * @example
 * truncateText('Bulk edit for every field', 10); // => 'Bulk edit…'
 */
export function truncateText(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  if (max <= 1) return max === 1 ? '…' : '';
  return `${chars
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}
