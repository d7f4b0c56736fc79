import type { StatusCategory } from '@trailmap/core';

/**
 * Linear's workflow-state types onto core's categories: the one Linear status table. Triage,
 * backlog and unstarted are not started; canceled and duplicate are done but flagged canceled
 * so progress ignores them. Types Linear adds later read as not started.
 */
const STATE_TYPES: Readonly<Record<string, { statusCategory: StatusCategory; canceled: boolean }>> = {
  triage: { statusCategory: 'todo', canceled: false },
  backlog: { statusCategory: 'todo', canceled: false },
  unstarted: { statusCategory: 'todo', canceled: false },
  started: { statusCategory: 'in_progress', canceled: false },
  completed: { statusCategory: 'done', canceled: false },
  canceled: { statusCategory: 'done', canceled: true },
  duplicate: { statusCategory: 'done', canceled: true },
};

// Status names when an export has no state type: Linear's default workflow words.
const DONE_NAMES = /(done|complete|cancel|duplicate|shipped|released|closed)/;
const STARTED_NAMES = /(progress|review|testing|\bqa\b|started|doing)/;
const CANCELED_NAMES = /(cancel|duplicate|won'?t)/i;

/**
 * Maps a Linear workflow state type onto core's category.
 *
 * @example
 * mapStateType('canceled'); // => { statusCategory: 'done', canceled: true }
 */
export function mapStateType(type: string): { statusCategory: StatusCategory; canceled: boolean } {
  return STATE_TYPES[type] ?? { statusCategory: 'todo', canceled: false };
}

/**
 * Linear's state type inferred from a CSV export's timestamps (it has no type column):
 * Canceled or Completed set → done, Started set → in progress, else by status name.
 *
 * @example
 * mapLinearStatusCategory({ status: 'In Review', started: true }); // => 'in_progress'
 * mapLinearStatusCategory({ status: 'Backlog' }); // => 'todo'
 */
export function mapLinearStatusCategory(input: {
  status: string;
  started?: boolean;
  completed?: boolean;
  canceled?: boolean;
}): StatusCategory {
  if (input.canceled || input.completed) return 'done';
  if (input.started) return 'in_progress';
  const s = input.status.toLowerCase();
  if (DONE_NAMES.test(s)) return 'done';
  if (STARTED_NAMES.test(s)) return 'in_progress';
  return 'todo';
}

/**
 * Whether a Linear issue was canceled: its `Canceled` timestamp is set, or (when the export
 * lacks timestamps) its done status is named like `Canceled` or `Duplicate`.
 *
 * @example
 * mapLinearCanceled({ status: 'Canceled', category: 'done' }); // => true
 */
export function mapLinearCanceled(input: {
  status: string;
  category: StatusCategory;
  canceled?: boolean;
}): boolean {
  if (input.canceled) return true;
  return input.category === 'done' && CANCELED_NAMES.test(input.status);
}

/**
 * Maps a Linear project status type (`backlog`, `planned`, `started`, `paused`, `completed`,
 * `canceled`) onto core's categories.
 *
 * @example
 * mapProjectStatus('paused'); // => { statusCategory: 'in_progress', canceled: false }
 */
export function mapProjectStatus(type: string): {
  statusCategory: 'todo' | 'in_progress' | 'done';
  canceled: boolean;
} {
  switch (type) {
    case 'started':
    case 'paused':
      return { statusCategory: 'in_progress', canceled: false };
    case 'completed':
      return { statusCategory: 'done', canceled: false };
    case 'canceled':
      return { statusCategory: 'done', canceled: true };
    default:
      return { statusCategory: 'todo', canceled: false };
  }
}
