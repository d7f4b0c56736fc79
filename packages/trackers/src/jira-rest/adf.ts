const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'codeBlock', 'blockquote', 'rule']);

/**
 * Flattens an Atlassian Document Format node (Jira v3 descriptions and comments) to plain text,
 * one line per block. Plain strings pass through (v2 fields). The one ADF reader: the CLI's
 * REST import and the Forge app both use it.
 *
 * @example
 * adfToText({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hi' }] }] }); // => 'Hi\n'
 */
export function adfToText(node: unknown): string {
  if (typeof node === 'string') return node;
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return '';
  const n = node as { type?: unknown; text?: unknown; content?: unknown };
  if (n.type === 'text') return typeof n.text === 'string' ? n.text : '';
  if (n.type === 'hardBreak') return '\n';
  const inner = Array.isArray(n.content) ? n.content.map(adfToText).join('') : '';
  return typeof n.type === 'string' && BLOCKS.has(n.type) ? `${inner}\n` : inner;
}
