/**
 * Reads a Jira number that may arrive bare (`5`), wrapped (`{ value: 5 }`, as some custom-field
 * types and app fields return it) or as a numeric string. Anything else is `undefined`.
 *
 * @example
 * unwrapNumber({ value: 8 }); // => 8
 * unwrapNumber('3.5'); // => 3.5
 * unwrapNumber(null); // => undefined
 */
export function unwrapNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw === 'string' && raw.trim() !== '') {
    const n = Number(raw);
    return Number.isFinite(n) ? n : undefined;
  }
  if (typeof raw === 'object' && raw !== null && 'value' in raw)
    return unwrapNumber((raw as { value: unknown }).value);
  return undefined;
}

/**
 * Flattens an Atlassian Document Format node (Jira v3 descriptions and comments) to plain text,
 * one line per block. Plain strings pass through (v2-style fields, tests).
 *
 * @example
 * adfToText({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hi' }] }] }); // => 'Hi'
 */
export function adfToText(node: unknown): string {
  if (typeof node === 'string') return node;
  if (typeof node !== 'object' || node === null) return '';
  const n = node as { type?: string; text?: string; content?: unknown[] };
  if (n.type === 'text') return n.text ?? '';
  if (n.type === 'hardBreak') return '\n';
  const inner = (n.content ?? []).map(adfToText);
  const block = ['paragraph', 'heading', 'listItem', 'codeBlock', 'blockquote'].includes(n.type ?? '');
  return block ? `${inner.join('')}\n` : inner.join('');
}

/**
 * A named object's `name` (issue type, status, project) or `undefined`.
 *
 * @example
 * nameOf({ name: 'Bug' }); // => 'Bug'
 */
export function nameOf(raw: unknown): string | undefined {
  return typeof raw === 'object' && raw !== null && typeof (raw as { name?: unknown }).name === 'string'
    ? (raw as { name: string }).name
    : undefined;
}
