/**
 * Linear's issue priorities, the one table every Linear mapping (CSV export, GraphQL, webhooks)
 * reads: the number Linear stores and the name its UI shows. 0 means "not set".
 */
export const LINEAR_PRIORITIES = ['No priority', 'Urgent', 'High', 'Medium', 'Low'] as const;
export type LinearPriorityName = (typeof LINEAR_PRIORITIES)[number];

/**
 * The name Linear shows for a priority number; out-of-range numbers read as `No priority`.
 *
 * @example
 * linearPriorityName(1); // => 'Urgent'
 * linearPriorityName(7); // => 'No priority'
 */
export function linearPriorityName(priority: number): LinearPriorityName {
  return LINEAR_PRIORITIES[priority] ?? 'No priority';
}

/**
 * The `WorkItem.priority` for a Linear priority, given as its number (GraphQL) or as the
 * export's cell (`Urgent`, `high`, `2`). "No priority" (0) and empty cells are no priority at
 * all, `undefined`, exactly as an empty Jira Priority is; unknown words pass through.
 *
 * @example
 * linearItemPriority(2); // => 'High'
 * linearItemPriority('urgent'); // => 'Urgent'
 * linearItemPriority(0); // => undefined
 * linearItemPriority('No priority'); // => undefined
 */
export function linearItemPriority(priority: number | string): string | undefined {
  if (typeof priority === 'number') {
    const name = linearPriorityName(priority);
    return name === 'No priority' ? undefined : name;
  }
  const s = priority.trim();
  if (s === '') return undefined;
  if (/^[0-4]$/.test(s)) return linearItemPriority(Number(s));
  const name = LINEAR_PRIORITIES.find((p) => p.toLowerCase() === s.toLowerCase()) ?? s;
  return name === 'No priority' ? undefined : name;
}
