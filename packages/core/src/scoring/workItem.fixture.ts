import { type WorkItem, type WorkItemInput, WorkItemSchema } from '../model/workItem';

let next = 0;

/**
 * A parsed work item for scoring tests: only the fields matter, the rest gets defaults. The
 * fields are attached after parsing so tests can also feed values the schema would refuse
 * (NaN, Infinity), as a caller that skips parsing might.
 *
 * @example
 * itemWith({ reach: 450, impact: 3, confidence: 1, effort: 2 }, { key: 'P-1' });
 */
export function itemWith(
  fields: NonNullable<WorkItemInput['fields']>,
  overrides: Partial<WorkItemInput> = {},
): WorkItem {
  next++;
  const item = WorkItemSchema.parse({
    id: `id-${next}`,
    key: `T-${next}`,
    title: `item ${next}`,
    statusCategory: 'todo',
    ...overrides,
    fields: {},
  });
  return { ...item, fields: { ...fields } };
}
