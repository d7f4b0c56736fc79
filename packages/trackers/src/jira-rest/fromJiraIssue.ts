import type { FieldValue, ReleaseInput, WorkItemInput } from '@trailmap/core';
import type { TrailmapConfig } from '../config/config';
import { normalizeHeader } from '../csv/columns';
import { ITEM_SLOTS, type ItemSlot } from '../csv/fieldColumns';
import { fieldKey, isScoringField, scoringFieldFor } from '../csv/fieldNames';
import {
  applyLinkParent,
  type DraftItem,
  type DraftTextSlot,
  newDraftItem,
  pushUnique,
} from '../draft/draft';
import { InputProblems, type InputResult } from '../errors/inputProblem';
import { conceptOfFieldName, JIRA_COSMETIC_FIELDS, type JiraCustomConcept } from '../jira/fields';
import { applyJiraLink } from '../jira/links';
import { mapCanceled, mapStatusCategory } from '../jira/status';
import { parseJiraDate } from '../values/dates';
import { parseFieldValue } from '../values/scoringValues';
import { adfToText } from './adf';
import { nameOf, restTexts, unwrapNumber } from './restValues';

/** A Jira issue as REST returns it (search, get issue, webhooks): `fields` keyed by field id. */
export interface JiraRestIssue {
  id?: string | number | undefined;
  key: string;
  fields: Record<string, unknown>;
}

/** A sprint as the REST Sprint field holds it. */
export interface JiraRestSprint {
  name: string;
  state?: string;
  startDate?: string;
  endDate?: string;
  completeDate?: string;
}

/**
 * How to read one site's fields: custom-field id → display name (`names` from `expand=names`,
 * or the site's field list), plus ids the caller discovered by type (story points, dates).
 */
export interface JiraRestFieldNames {
  names?: Readonly<Record<string, string>> | undefined;
  storyPointFieldIds?: readonly string[] | undefined;
  startDateFieldId?: string | undefined;
  targetDateFieldId?: string | undefined;
}

/** What the mapping of one issue yields besides the draft. */
export interface JiraRestIssueResult {
  draft: DraftItem;
  sprints: JiraRestSprint[];
  fixVersions: string[];
  /** The fix versions as releases, with the dates and released flag the version carries. */
  versions: ReleaseInput[];
}

const SYSTEM_FIELDS = new Set([
  'summary',
  'description',
  'issuetype',
  'status',
  'resolution',
  'priority',
  'assignee',
  'reporter',
  'created',
  'updated',
  'resolutiondate',
  'statuscategorychangedate',
  'duedate',
  'labels',
  'fixVersions',
  'versions',
  'components',
  'project',
  'votes',
  'watches',
  'parent',
  'issuelinks',
  'timeoriginalestimate',
  'timeestimate',
  'timespent',
  'aggregatetimeoriginalestimate',
  'aggregatetimeestimate',
  'aggregatetimespent',
  'subtasks',
  'comment',
  'attachment',
  'worklog',
  'environment',
  'lastViewed',
  'creator',
  'security',
  'progress',
  'aggregateprogress',
  'workratio',
  'statusCategory',
]);
const COSMETIC = new Set(JIRA_COSMETIC_FIELDS.map((n) => n.toLowerCase()));
const SLOT_KEYS = new Map<string, ItemSlot>(
  ITEM_SLOTS.map((s) => [s.toLowerCase().replace(/[^a-z]/g, ''), s]),
);

/**
 * Maps one Jira REST issue straight to a draft item: the one Jira REST mapping, used by the
 * CLI for saved search responses and by the Forge app for live issues. Custom fields are read
 * by their display name through `fieldNames.names` (so `Story point estimate`, `Reach`, `RICE
 * Impact`, `Sprint` mean the same as in a CSV export), then by the config's `mapping`.
 * Bad scoring values are problems naming the issue and field.
 *
 * @example
 * const r = mapJiraIssue({ key: 'PM-1', fields: { summary: 'Bulk edit' } }, 2, {}, defaultConfig(), 'a.json');
 * if (r.ok) r.value.draft.item.title; // => 'Bulk edit'
 */
export function mapJiraIssue(
  issue: JiraRestIssue,
  row: number,
  fieldNames: JiraRestFieldNames,
  config: Pick<TrailmapConfig, 'mapping' | 'dates'>,
  file: string,
): InputResult<JiraRestIssueResult> {
  const problems = new InputProblems(file);
  const mapped = readJiraIssue(issue, row, fieldNames, config, problems);
  return problems.result(mapped);
}

/**
 * {@link mapJiraIssue} recording its problems in a sink shared by every issue of one file.
 *
 * @example
 * readJiraIssue(issue, 2, { names }, config, problems).draft;
 */
export function readJiraIssue(
  issue: JiraRestIssue,
  row: number,
  fieldNames: JiraRestFieldNames,
  config: Pick<TrailmapConfig, 'mapping' | 'dates'>,
  problems: InputProblems,
): JiraRestIssueResult {
  const f = issue.fields;
  const status = f.status as { name?: string; statusCategory?: { key?: string } } | undefined;
  const resolution = nameOf(f.resolution);
  const resolved = instantOf(f.resolutiondate);
  const statusCategory = mapStatusCategory({
    category: status?.statusCategory?.key,
    status: status?.name,
    resolution,
    resolved,
  });
  const d = newDraftItem(row, {
    id: issue.id === undefined ? issue.key : String(issue.id),
    key: issue.key,
    title: typeof f.summary === 'string' ? f.summary : '',
    description: adfToText(f.description).trim(),
    type: nameOf(f.issuetype) ?? 'Task',
    status: status?.name ?? '',
    statusCategory,
    canceled: mapCanceled({ category: statusCategory, status: status?.name, resolution }),
  } satisfies WorkItemInput);
  const item = d.item;
  pushUnique(item.labels, restTexts(f.labels));
  const project = f.project as { name?: string; key?: string } | undefined;
  set(item, 'project', project?.name ?? project?.key);
  set(item, 'priority', nameOf(f.priority));
  set(item, 'assignee', restTexts(f.assignee)[0]);
  set(item, 'createdAt', instantOf(f.created));
  set(item, 'updatedAt', instantOf(f.updated));
  set(item, 'targetDate', dateOf(f.duedate));
  if (statusCategory === 'done') set(item, 'completedAt', resolved ?? instantOf(f.statuscategorychangedate));
  const parent = f.parent as { key?: string } | undefined;
  set(item, 'parentKey', parent?.key);
  const components = restTexts(f.components);
  if (components.length) item.fields.components = components.join(', ');
  const votes = unwrapNumber((f.votes as { votes?: unknown } | undefined)?.votes);
  if (votes !== undefined) item.fields.votes = votes;
  const watchers = unwrapNumber((f.watches as { watchCount?: unknown } | undefined)?.watchCount);
  if (watchers !== undefined) item.fields.watchers = watchers;
  if (Array.isArray(f.issuelinks)) for (const link of f.issuelinks) readLink(d, link);
  const fixVersions = restTexts(f.fixVersions);
  const original = unwrapNumber(f.timeoriginalestimate);

  let points: number | undefined;
  let sprints: JiraRestSprint[] = [];
  for (const [id, value] of Object.entries(f)) {
    if (value === null || value === undefined || SYSTEM_FIELDS.has(id)) continue;
    const name = fieldNames.names?.[id] ?? id;
    if (COSMETIC.has(name.toLowerCase())) continue;
    const mapped = mappedTarget(name, config);
    if (fieldNames.storyPointFieldIds?.includes(id) || (!mapped && conceptOfFieldName(name) === 'points')) {
      points ??= unwrapNumber(value);
      continue;
    }
    if (id === fieldNames.startDateFieldId) {
      set(item, 'startDate', dateOf(value));
      continue;
    }
    if (id === fieldNames.targetDateFieldId) {
      set(item, 'targetDate', dateOf(value));
      continue;
    }
    const concept = mapped ? undefined : conceptOfFieldName(name);
    if (concept) {
      const s = readConcept(d, concept, value);
      if (s) sprints = s;
      continue;
    }
    const target = mapped ?? scoringFieldFor(name) ?? fieldKey(name);
    if (!target) continue;
    const slot = SLOT_KEYS.get(target.toLowerCase().replace(/[^a-z]/g, ''));
    if (slot) {
      readSlot(d, slot, value);
      continue;
    }
    const field = readField(target, value, issue.key, name, problems);
    if (field !== undefined && item.fields[target] === undefined) item.fields[target] = field;
  }
  const hours = original !== undefined && original >= 0 ? Number((original / 3600).toFixed(4)) : undefined;
  if (points !== undefined && points >= 0) {
    item.estimate = { value: points, unit: 'points' };
    // Kept beside story points so signals can compare items estimated only in time.
    if (hours !== undefined) item.timeEstimate = { value: hours, unit: 'hours' };
  } else if (original !== undefined && original >= 0)
    item.estimate = { value: Number((original / 3600).toFixed(4)), unit: 'hours' };
  // The first fix version is where the item ships; the latest sprint stands in when there is none.
  set(item, 'release', fixVersions[0] ?? sprints.at(-1)?.name);
  // Every field is read: a parent or Epic Link field has had its chance to win over the link.
  applyLinkParent(d);
  return { draft: d, sprints, fixVersions, versions: versionsOf(f.fixVersions) };
}

// A REST version is `{ name, startDate?, releaseDate? (yyyy-mm-dd), released? }`: a release
// with its dates, which the CSV export cannot carry.
function versionsOf(value: unknown): ReleaseInput[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v): ReleaseInput[] => {
    const name = nameOf(v);
    if (!name) return [];
    const o = v as Record<string, unknown>;
    const release: ReleaseInput = { id: name, name };
    const start = dateOf(o.startDate);
    const end = dateOf(o.releaseDate);
    if (start) release.start = start;
    if (end) release.end = end;
    if (typeof o.released === 'boolean') release.released = o.released;
    return [release];
  });
}

function readConcept(d: DraftItem, concept: JiraCustomConcept, value: unknown): JiraRestSprint[] | undefined {
  const item = d.item;
  const first = restTexts(value)[0];
  switch (concept) {
    case 'sprint':
      return sprintsOf(value);
    case 'start':
      set(item, 'startDate', dateOf(value));
      return undefined;
    case 'due':
      set(item, 'targetDate', dateOf(value));
      return undefined;
    case 'rank':
      // Ranks are ordered by `mapRanks` once every issue is read; kept as text until then.
      if (first) d.rankText = first;
      return undefined;
    case 'customers':
      pushUnique(
        d.customerNames,
        restTexts(value).flatMap((t) => t.split(/\s*[,;]\s*/).filter(Boolean)),
      );
      return undefined;
    case 'epicLink':
      if (!item.parentKey) set(item, 'parentKey', first);
      return undefined;
    case 'team':
    case 'initiative':
    case 'theme':
      set(item, concept, first);
      return undefined;
    case 'points':
      return undefined;
  }
}

function readSlot(d: DraftItem, slot: ItemSlot, value: unknown): void {
  const item = d.item;
  const texts = restTexts(value);
  switch (slot) {
    case 'labels':
      pushUnique(item.labels, texts);
      return;
    case 'customers':
      pushUnique(d.customerNames, texts);
      return;
    case 'startDate':
    case 'targetDate':
      set(item, slot, dateOf(value));
      return;
    case 'estimate': {
      const n = unwrapNumber(value);
      if (n !== undefined && n >= 0) item.estimate = { value: n, unit: 'points' };
      return;
    }
    case 'rank':
      if (texts[0]) d.rankText = texts[0];
      return;
    case 'title':
    case 'description':
    case 'type':
    case 'status':
      if (texts[0]) item[slot] = slot === 'description' ? adfToText(value).trim() : texts[0];
      return;
    default:
      set(item, slot, texts[0]);
  }
}

function readField(
  name: string,
  value: unknown,
  key: string,
  fieldName: string,
  problems: InputProblems,
): FieldValue | undefined {
  const texts = typeof value === 'number' ? [String(value)] : restTexts(value);
  if (texts.length === 0) return undefined;
  if (!isScoringField(name)) {
    if (texts.length > 1) return texts.join(', ');
    return typeof value === 'number'
      ? value
      : (parseFieldValue(name, texts[0]!) as { value: FieldValue }).value;
  }
  const parsed = parseFieldValue(name, texts[0]!);
  if (parsed.ok) return parsed.value;
  return problems.add({ column: `${key} ${fieldName}` }, 'invalid', parsed.message, { received: texts[0]! });
}

function mappedTarget(name: string, config: Pick<TrailmapConfig, 'mapping'>): string | undefined {
  const candidates = new Set([normalizeHeader(name), normalizeHeader(`Custom field (${name})`)]);
  for (const [target, aliases] of Object.entries(config.mapping)) {
    if (aliases.some((a) => candidates.has(normalizeHeader(a)))) return scoringFieldFor(target) ?? target;
  }
  return undefined;
}

function readLink(d: DraftItem, link: unknown): void {
  if (typeof link !== 'object' || link === null) return;
  const l = link as {
    type?: { name?: string };
    inwardIssue?: { key?: string };
    outwardIssue?: { key?: string };
  };
  const type = l.type?.name;
  if (!type) return;
  if (l.outwardIssue?.key) applyJiraLink(d, 'outward', type, [l.outwardIssue.key]);
  if (l.inwardIssue?.key) applyJiraLink(d, 'inward', type, [l.inwardIssue.key]);
}

function sprintsOf(value: unknown): JiraRestSprint[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((s) => {
    if (typeof s === 'string') return [{ name: s }];
    if (typeof s !== 'object' || s === null || typeof (s as { name?: unknown }).name !== 'string') return [];
    const o = s as Record<string, unknown>;
    const sprint: JiraRestSprint = { name: o.name as string };
    for (const k of ['state', 'startDate', 'endDate', 'completeDate'] as const)
      if (typeof o[k] === 'string') sprint[k] = o[k] as string;
    return [sprint];
  });
}

function instantOf(value: unknown): string | undefined {
  return typeof value === 'string' ? parseJiraDate(value)?.instant : undefined;
}

function dateOf(value: unknown): string | undefined {
  return typeof value === 'string' ? parseJiraDate(value)?.date : undefined;
}

function set(item: DraftItem['item'], key: ItemSlot | DraftTextSlot, value: string | undefined): void {
  if (value === undefined || value === '') return;
  if (key === 'customers' || key === 'labels' || key === 'estimate' || key === 'rank') return;
  (item as Record<string, unknown>)[key] = value;
}
