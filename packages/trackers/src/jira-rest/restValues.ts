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
 * A named object's `name` (issue type, status, project, version) or `undefined`.
 *
 * @example
 * nameOf({ name: 'Bug' }); // => 'Bug'
 */
export function nameOf(raw: unknown): string | undefined {
  return typeof raw === 'object' && raw !== null && typeof (raw as { name?: unknown }).name === 'string'
    ? (raw as { name: string }).name
    : undefined;
}

/**
 * The texts a REST field value shows in Jira's UI: option `value`, user `displayName`, version
 * or sprint `name`, issue `key`, scalars as written; arrays flatten.
 *
 * @example
 * restTexts([{ value: 'Acme' }, { value: 'Globex' }]); // => ['Acme', 'Globex']
 * restTexts({ displayName: 'Ann Lee' }); // => ['Ann Lee']
 */
export function restTexts(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap(restTexts);
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    for (const k of ['value', 'displayName', 'name', 'key']) {
      if (typeof o[k] === 'string' || typeof o[k] === 'number') return [String(o[k])];
    }
    if (typeof o.votes === 'number') return [String(o.votes)];
    return [];
  }
  const text = String(value).trim();
  return text === '' ? [] : [text];
}
