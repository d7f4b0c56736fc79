import type { StatusCategory } from '@trailmap/core';
import { LOCALIZED_CATEGORIES, LOCALIZED_STATUS_WORDS } from './locales/index';

// Resolutions that close an issue without delivering it (Jira defaults plus common custom ones).
const CANCEL_RESOLUTIONS =
  /^(won'?t (do|fix)|wont (do|fix)|duplicate|cannot reproduce|can'?t reproduce|incomplete|declined|rejected|obsolete|abandoned|cancell?ed|not a bug|works as (designed|intended)|out of scope|invalid|not (needed|doing))$/i;
const CANCEL_STATUSES =
  /(cancel|won'?t (do|fix)|reject|declin|abandon|obsolete|duplicate|discarded|not doing)/i;
const DONE_STATUSES = /(done|closed|resolved|complete|released|shipped|deployed|delivered|launched|fixed)/i;
const STARTED_STATUSES =
  /(progress|review|testing|\bqa\b|develop|doing|started|active|building|implement|verif|staging|blocked)/i;

// Category names as English Jira shows them, and their keys; other languages in ./locales.
const CATEGORIES: Readonly<Record<string, StatusCategory>> = {
  'to do': 'todo',
  todo: 'todo',
  new: 'todo',
  open: 'todo',
  'in progress': 'in_progress',
  indeterminate: 'in_progress',
  done: 'done',
  complete: 'done',
  completed: 'done',
};

/**
 * Jira's status category as core's, from the `Status Category` column (display names
 * `To Do`/`In Progress`/`Done` or keys `new`/`indeterminate`/`done`), else from
 * Resolution/Resolved (set → done), else from the status name.
 *
 * @example
 * mapStatusCategory({ category: 'indeterminate', status: 'Doing' }); // => 'in_progress'
 * mapStatusCategory({ status: 'Open', resolution: 'Fixed' }); // => 'done'
 */
export function mapStatusCategory(input: {
  category?: string | undefined;
  status?: string | undefined;
  resolution?: string | undefined;
  resolved?: string | undefined;
}): StatusCategory {
  const name = (input.category ?? '').trim().toLowerCase();
  const category = CATEGORIES[name] ?? LOCALIZED_CATEGORIES.get(name);
  if (category) return category;
  if (hasResolution(input.resolution) || (input.resolved ?? '').trim() !== '') return 'done';
  const status = input.status ?? '';
  const lower = status.toLowerCase();
  if (CANCEL_STATUSES.test(status) || DONE_STATUSES.test(status) || hasWord(lower, DONE_WORDS)) return 'done';
  if (STARTED_STATUSES.test(status) || hasWord(lower, LOCALIZED_STATUS_WORDS.started)) return 'in_progress';
  return 'todo';
}

/**
 * Whether a done item was closed without being delivered: a Resolution such as `Won't Do`,
 * `Duplicate`, `Cannot Reproduce`, or a status named like `Canceled`/`Rejected`.
 *
 * @example
 * mapCanceled({ category: 'done', resolution: "Won't Do" }); // => true
 * mapCanceled({ category: 'done', resolution: 'Done' }); // => false
 */
export function mapCanceled(input: {
  category: StatusCategory;
  status?: string | undefined;
  resolution?: string | undefined;
}): boolean {
  if (input.category !== 'done') return false;
  const resolution = normalizeQuotes(input.resolution ?? '').trim();
  if (resolution !== '' && CANCEL_RESOLUTIONS.test(resolution)) return true;
  const status = normalizeQuotes(input.status ?? '');
  return CANCEL_STATUSES.test(status) || hasWord(status.toLowerCase(), LOCALIZED_STATUS_WORDS.canceled);
}

const DONE_WORDS = [...LOCALIZED_STATUS_WORDS.done, ...LOCALIZED_STATUS_WORDS.canceled];

function hasWord(status: string, words: readonly string[]): boolean {
  return words.some((w) => status.includes(w));
}

function hasResolution(resolution: string | undefined): boolean {
  const r = (resolution ?? '').trim().toLowerCase();
  return r !== '' && r !== 'unresolved' && r !== 'none';
}

function normalizeQuotes(text: string): string {
  return text.replace(/[’‘`]/g, "'");
}
