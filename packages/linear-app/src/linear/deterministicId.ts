import { createHash } from 'node:crypto';

/**
 * A UUID (version-5 layout) derived from the given parts. Passing it as the `id` of a create
 * mutation makes the create idempotent: a job retried after a crash sends the same id, and Linear
 * refuses the second create instead of making a duplicate label, comment or relation.
 *
 * @example
 * deterministicId('label', 'org-1', 'team-1', 'bug'); // => 'd3b0…-…' (same input, same id)
 */
export function deterministicId(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32).split('');
  hex[12] = '5';
  hex[16] = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
