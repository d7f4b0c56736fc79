import type { WorkItemInput } from '@trailmap/core';
import { BacklogSchema } from '@trailmap/core';
import { describeZodIssue } from '../config/loadConfig';
import { type DraftBacklog, type DraftItem, newDraftItem } from '../draft/draft';
import { InputError } from '../errors/inputError';

/**
 * Parses JSON text, turning a syntax error into `InputError` naming the file.
 *
 * @example
 * parseJsonText('{"items":[]}', 'b.json'); // => { items: [] }
 */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputError({ file, message: `not valid JSON (${detail})` });
  }
}

/**
 * Maps Trailmap JSON to a draft backlog: a `Backlog` object (`{ items, feedback?, customers?,
 * releases? }`), the same wrapped as `{ backlog: … }`, or a bare array of work items. The
 * document is validated with core's schema; errors name the field path, e.g.
 * `backlog.json: field "items[3].statusCategory": …`.
 *
 * @example
 * fromJson({ items: [{ id: '1', key: 'PM-1', title: 'x', statusCategory: 'todo' }] }, 'b.json').items.length; // => 1
 */
export function fromJson(json: unknown, file: string): DraftBacklog {
  const doc = Array.isArray(json)
    ? { items: json }
    : isObject(json) && isObject(json.backlog)
      ? json.backlog
      : json;
  const parsed = BacklogSchema.safeParse(doc);
  if (!parsed.success) {
    throw new InputError({
      file,
      message: `not a Trailmap backlog: ${describeZodIssue(parsed.error.issues[0])}`,
    });
  }
  const seen = new Map<string, number>();
  const items: DraftItem[] = parsed.data.items.map((item, i) => {
    const first = seen.get(item.key);
    if (first !== undefined) {
      throw new InputError({
        file,
        message: `field "items[${i}].key": duplicate key "${item.key}" (first at items[${first}])`,
      });
    }
    seen.set(item.key, i);
    const d = newDraftItem(i + 1, item as WorkItemInput);
    d.item = {
      ...item,
      blockedBy: [...item.blockedBy],
      blocks: [...item.blocks],
      labels: [...item.labels],
      fields: { ...item.fields },
    };
    return d;
  });
  const { feedback, customers, releases } = parsed.data;
  return { source: 'json', items, releases, warnings: [], extra: { feedback, customers } };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
