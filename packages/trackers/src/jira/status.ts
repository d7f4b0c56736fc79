import type { StatusCategory } from '@trailmap/core';

// Resolutions that close an issue without delivering it (Jira defaults plus common custom ones).
const CANCEL_RESOLUTIONS =
  /^(won'?t (do|fix)|wont (do|fix)|duplicate|cannot reproduce|can'?t reproduce|incomplete|declined|rejected|obsolete|abandoned|cancell?ed|not a bug|works as (designed|intended)|out of scope|invalid|not (needed|doing))$/i;
const CANCEL_STATUSES =
  /(cancel|won'?t (do|fix)|reject|declin|abandon|obsolete|duplicate|discarded|not doing)/i;
const DONE_STATUSES = /(done|closed|resolved|complete|released|shipped|deployed|delivered|launched|fixed)/i;
const STARTED_STATUSES =
  /(progress|review|testing|\bqa\b|develop|doing|started|active|building|implement|verif|staging|blocked)/i;

// Category names as Jira shows them (English and the localised exports seen in the wild) and keys.
const CATEGORIES: Readonly<Record<string, StatusCategory>> = {
  'to do': 'todo',
  todo: 'todo',
  new: 'todo',
  open: 'todo',
  'por hacer': 'todo',
  'tareas por hacer': 'todo',
  'zu erledigen': 'todo',
  'à faire': 'todo',
  'in progress': 'in_progress',
  indeterminate: 'in_progress',
  'en curso': 'in_progress',
  'en progreso': 'in_progress',
  'in arbeit': 'in_progress',
  'en cours': 'in_progress',
  done: 'done',
  complete: 'done',
  completed: 'done',
  listo: 'done',
  hecho: 'done',
  finalizada: 'done',
  fertig: 'done',
  erledigt: 'done',
  terminé: 'done',
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
  const category = CATEGORIES[(input.category ?? '').trim().toLowerCase()];
  if (category) return category;
  if (hasResolution(input.resolution) || (input.resolved ?? '').trim() !== '') return 'done';
  const status = input.status ?? '';
  if (CANCEL_STATUSES.test(status) || DONE_STATUSES.test(status)) return 'done';
  if (STARTED_STATUSES.test(status)) return 'in_progress';
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
  return CANCEL_STATUSES.test(normalizeQuotes(input.status ?? ''));
}

function hasResolution(resolution: string | undefined): boolean {
  const r = (resolution ?? '').trim().toLowerCase();
  return r !== '' && r !== 'unresolved' && r !== 'none';
}

function normalizeQuotes(text: string): string {
  return text.replace(/[’‘`]/g, "'");
}
