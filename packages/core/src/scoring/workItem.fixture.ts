import { type WorkItem, type WorkItemInput, WorkItemSchema } from '../model/workItem.ts';

let next = 0;

/**
 * A parsed work item for scoring tests: only the fields matter, the rest gets defaults.
 *
 * @example
 * itemWith({ reach: 450, impact: 3, confidence: 1, effort: 2 }, { key: 'P-1' });
 */
export function itemWith(fields: WorkItemInput['fields'], overrides: Partial<WorkItemInput> = {}): WorkItem {
  next++;
  return WorkItemSchema.parse({
    id: `id-${next}`,
    key: `T-${next}`,
    title: `item ${next}`,
    statusCategory: 'todo',
    fields,
    ...overrides,
  });
}
