import type { WorkItemInput } from '@trailmap/core';
import { BacklogSchema } from '@trailmap/core';
import { type DraftBacklog, type DraftItem, newDraftItem } from '../draft/draft';
import { InputProblems, type InputResult, inputFailure } from '../errors/inputProblem';
import { schemaProblem } from '../errors/schemaProblem';

/**
 * Parses JSON text; a syntax error is a problem naming the file.
 *
 * @example
 * parseJsonText('{"items":[]}', 'b.json'); // => { ok: true, value: { items: [] } }
 */
export function parseJsonText(text: string, file: string): InputResult<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    // JSON.parse throws only SyntaxError: bad input, not a bug.
    const detail = error instanceof Error ? error.message : String(error);
    return inputFailure({ file }, 'invalid_json', `not valid JSON (${detail})`);
  }
}

/**
 * Maps Trailmap JSON to a draft backlog: a `Backlog` object (`{ items, feedback?, customers?,
 * releases? }`), the same wrapped as `{ backlog: … }`, or a bare array of work items. The
 * document is validated with core's schema; errors name the field path, e.g.
 * `backlog.json: field "items[3].statusCategory": …`.
 *
 * @example
 * fromJson({ items: [{ id: '1', key: 'PM-1', title: 'x', statusCategory: 'todo' }] }, 'b.json'); // => { ok: true, value: { items: [1 item], … } }
 */
export function fromJson(json: unknown, file: string): InputResult<DraftBacklog> {
  const doc = Array.isArray(json)
    ? { items: json }
    : isObject(json) && isObject(json.backlog)
      ? json.backlog
      : json;
  const parsed = BacklogSchema.safeParse(doc);
  if (!parsed.success) {
    return {
      ok: false,
      problems: [schemaProblem({ file }, parsed.error.issues, { prefix: 'not a Trailmap backlog: ' })],
    };
  }
  const problems = new InputProblems(file);
  const seen = new Map<string, number>();
  const items: DraftItem[] = parsed.data.items.map((item, i) => {
    const first = seen.get(item.key);
    if (first !== undefined) {
      problems.add(
        {},
        'duplicate_id',
        `field "items[${i}].key": duplicate key "${item.key}" (first at items[${first}])`,
        { received: item.key },
      );
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
  return problems.result({ source: 'json', items, releases, warnings: [], extra: { feedback, customers } });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
