import type { TrailmapConfig } from '../config/config';
import { claimRowKey } from '../csv/claimRowKey';
import { type Cell, Columns, type CsvRow, normalizeHeader } from '../csv/columns';
import { columnsReadBy, type FieldPlan, planFields, readFields, slotColumns } from '../csv/fieldColumns';
import { type CsvTable, isBlankRow } from '../csv/readCsv';
import { dropTextColumns } from '../csv/textColumns';
import { type DraftBacklog, type DraftItem, newDraftItem, pushUnique, setDraftText } from '../draft/draft';
import { InputProblems, type InputResult, inputFailure } from '../errors/inputProblem';
import { csvHeadersFor, JIRA_COSMETIC_FIELDS } from '../jira/fields';
import { mapCanceled, mapStatusCategory } from '../jira/status';
import {
  guessNumericDateOrder,
  type NumericDateOrder,
  type ParsedDate,
  parseJiraDate,
} from '../values/dates';
import { parseNumber } from '../values/numbers';
import { LINK, mapCustomers, mapEstimate, mapLabels, mapLinks, mapRanks } from './jiraValues';

// Built-in header spellings per concept: Cloud all-fields/current-fields and Server/DC aliases.
const J = {
  key: ['Issue key', 'Key'],
  id: ['Issue id'],
  summary: ['Summary'],
  description: ['Description'],
  type: ['Issue Type', 'Issuetype'],
  status: ['Status'],
  category: ['Status Category'],
  resolution: ['Resolution'],
  priority: ['Priority'],
  assignee: ['Assignee'],
  created: ['Created'],
  updated: ['Updated'],
  resolved: ['Resolved', 'Resolution date'],
  categoryChanged: ['Status Category Changed'],
  due: ['Due date', ...csvHeadersFor('due')],
  start: csvHeadersFor('start'),
  fixVersions: ['Fix versions', 'Fix Version/s', 'Fix version'],
  sprint: csvHeadersFor('sprint'),
  labels: ['Labels'],
  points: csvHeadersFor('points'),
  originalEstimate: ['Original estimate'],
  parentKey: ['Parent key', ...csvHeadersFor('epicLink')],
  parentId: ['Parent', 'Parent id'],
  initiative: csvHeadersFor('initiative'),
  theme: csvHeadersFor('theme'),
  team: csvHeadersFor('team'),
  project: ['Project name', 'Project key'],
  rank: csvHeadersFor('rank'),
  customers: csvHeadersFor('customers'),
  votes: ['Votes'],
  watchers: ['Watchers'],
  components: ['Components', 'Component/s', 'Component'],
} as const;

// Columns read into WorkItem slots or meaningless for planning; never copied into `fields`.
const NOT_FIELDS = new Set(
  [...Object.values(J).flat(), ...JIRA_COSMETIC_FIELDS.map((n) => `Custom field (${n})`)].map(
    normalizeHeader,
  ),
);

// A parent written as a key, or as `KEY Summary` as some list views render it.
const KEY_SHAPE = /^([A-Za-z][A-Za-z0-9_]*-\d+)(?:\s|$)/;
const DEFAULT_FEEDBACK_TYPES = ['feedback', 'customer feedback', 'insight', 'customer request'];
const DEFAULT_FEEDBACK_LABELS = ['feedback', 'customer-feedback'];

// Any one of these marks a Jira export, even when `Issue key` itself is missing, so the user
// hears about the missing key column rather than "unknown format".
const JIRA_HEADERS = ['Issue key', 'Issue id', 'Issue Type', 'Summary'];

/**
 * Whether a CSV header is a Jira export's (in any language the header table knows).
 *
 * @example
 * isJiraHeader(['Summary', 'Issue key']); // => true
 */
export function isJiraHeader(header: readonly string[]): boolean {
  return new Columns(header).has(JIRA_HEADERS);
}

/**
 * Maps a Jira Cloud/Server CSV export (all-fields or current-fields) to a draft backlog.
 * A missing key column, duplicate keys and unreadable numbers or dates are problems naming row
 * and column (every bad cell, not only the first).
 *
 * @example
 * const draft = fromJiraCsv(table, defaultConfig()); // => { ok: true, value: { source: 'jira', items: […], … } }
 */
export function fromJiraCsv(table: CsvTable, config: TrailmapConfig): InputResult<DraftBacklog> {
  const cols = new Columns(table.header);
  const file = table.file;
  if (!cols.has(J.key)) {
    return inputFailure(
      { file },
      'missing_column',
      `missing the "Issue key" column (a Jira export needs it to name issues)`,
      { expected: 'an "Issue key" column' },
    );
  }
  const problems = new InputProblems(file);
  const c = jiraSlotColumns(config);
  const { plans: fieldPlans, warnings } = dropTextColumns(planJiraFields(cols, c, config), cols, table.rows);
  const dateColumns = [...J.created, ...J.updated, ...J.resolved, ...J.categoryChanged, ...c.start, ...c.due];
  const guessed = config.dates?.order ? undefined : guessedDateOrder(table.rows, cols, dateColumns, warnings);
  const order = config.dates?.order ?? guessed?.order ?? 'dmy';
  const offset = offsetMinutes(config.dates?.utcOffset);
  const date = (row: CsvRow, names: readonly string[]) =>
    readDate(cols.first(row, names), row, problems, order, offset);

  const feedbackTypes = (config.feedback?.issueTypes ?? DEFAULT_FEEDBACK_TYPES).map((t) => t.toLowerCase());
  const feedbackLabels = (config.feedback?.labels ?? DEFAULT_FEEDBACK_LABELS).map((t) => t.toLowerCase());
  const linkHeaders = cols.matching((h) => LINK.test(h));
  const rankCells: { draft: DraftItem; cell: Cell }[] = [];
  const seen = new Map<string, number>();
  const items: DraftItem[] = [];
  const releaseNames: string[] = [];
  let noEstimate = 0;

  for (const row of table.rows) {
    if (!table.projected && isBlankRow(row.cells)) continue;
    const key = claimRowKey(
      cols.first(row, J.key),
      { row: row.row, header: cols.headerOf(J.key), label: 'issue key' },
      seen,
      problems,
    );
    if (key === undefined) continue;
    const text = (names: readonly string[]) => cols.firstValue(row, names);
    const status = text(c.status) ?? '';
    const resolution = text(J.resolution);
    const resolved = date(row, J.resolved);
    const type = text(c.type) ?? 'Task';
    const statusCategory = mapStatusCategory({
      category: text(J.category),
      status,
      resolution,
      resolved: resolved?.instant,
    });
    const d = newDraftItem(row.row, {
      id: text(J.id) ?? key,
      key,
      title: text(c.title) ?? '',
      description: text(c.description) ?? '',
      type,
      status,
      statusCategory,
      canceled: mapCanceled({ category: statusCategory, status, resolution }),
    });
    const item = d.item;
    pushUnique(item.labels, mapLabels(cols.all(row, c.labels)));
    const estimate = mapEstimate(
      cols.first(row, c.points),
      cols.first(row, J.originalEstimate),
      row,
      problems,
    );
    if (estimate) item.estimate = estimate;
    // Kept beside story points so signals can compare items estimated only in time.
    // An unreadable one is no problem here: the points are the estimate.
    if (estimate?.unit === 'points') {
      const seconds = parseNumber(text(J.originalEstimate) ?? '');
      if (seconds !== undefined && seconds >= 0)
        item.timeEstimate = { value: Number((seconds / 3600).toFixed(4)), unit: 'hours' };
    } else if (type.toLowerCase() !== 'epic' && !feedbackTypes.includes(type.toLowerCase())) noEstimate++;
    setDraftText(item, 'parentKey', text(c.parentKey));
    const parentRef = text(J.parentId);
    if (parentRef && !item.parentKey) {
      const asKey = KEY_SHAPE.exec(parentRef)?.[1];
      if (asKey) item.parentKey = asKey;
      else d.parentId = parentRef;
    }
    setDraftText(item, 'initiative', text(c.initiative));
    setDraftText(item, 'theme', text(c.theme));
    setDraftText(item, 'team', text(c.team));
    setDraftText(item, 'project', text(c.project));
    setDraftText(item, 'assignee', text(c.assignee));
    setDraftText(item, 'priority', text(c.priority));
    // The first fix version is where the item ships; a sprint stands in when there is none.
    const fixVersions = cols.all(row, c.release).map((v) => v.value);
    for (const name of fixVersions) if (!releaseNames.includes(name)) releaseNames.push(name);
    setDraftText(item, 'release', fixVersions[0] ?? cols.all(row, J.sprint).at(-1)?.value);
    setDraftText(item, 'startDate', date(row, c.start)?.date);
    setDraftText(item, 'targetDate', date(row, c.due)?.date);
    setDraftText(item, 'createdAt', date(row, J.created)?.instant);
    setDraftText(item, 'updatedAt', date(row, J.updated)?.instant);
    // Team-managed projects often close issues without a resolution; the move to Done is then
    // the only completion date the export has.
    if (statusCategory === 'done')
      setDraftText(item, 'completedAt', (resolved ?? date(row, J.categoryChanged))?.instant);
    const rank = cols.first(row, c.rank);
    if (rank) rankCells.push({ draft: d, cell: rank });
    mapLinks(d, cols, row, linkHeaders);
    d.customerNames = mapCustomers(cols.all(row, c.customers));
    Object.assign(item.fields, readFields(fieldPlans, cols, row, problems));
    const components = [...new Set(cols.all(row, J.components).map((c) => c.value))];
    if (components.length) item.fields.components = components.join(', ');
    // Jira writes one Watchers column per watcher (names); the count is what signals weighs.
    const watchers = cols.all(row, J.watchers).length;
    if (watchers > 0 && item.fields.watchers === undefined) item.fields.watchers = watchers;
    const votes = parseNumber(text(J.votes) ?? '');
    if (votes !== undefined && item.fields.votes === undefined) item.fields.votes = votes;
    const markers = item.labels.filter((l) => feedbackLabels.includes(l.toLowerCase()));
    d.isFeedback = feedbackTypes.includes(type.toLowerCase()) || markers.length > 0;
    d.feedbackMarkerLabels = markers;
    items.push(d);
  }
  mapRanks(rankCells);
  if (noEstimate > 0)
    warnings.push(
      `${noEstimate} issue(s) other than epics and feedback have no story points or original estimate`,
    );
  return problems.result({
    source: 'jira',
    items,
    releases: naturalOrder(releaseNames).map((name) => ({ id: name, name })),
    warnings,
    ...(guessed?.guessed ? { guessedDateOrder: guessed.order } : {}),
  });
}

// The columns each WorkItem slot reads: the config's aliases first, then Jira's own names.
function jiraSlotColumns(config: TrailmapConfig) {
  return {
    title: slotColumns('title', J.summary, config),
    description: slotColumns('description', J.description, config),
    type: slotColumns('type', J.type, config),
    status: slotColumns('status', J.status, config),
    team: slotColumns('team', J.team, config),
    initiative: slotColumns('initiative', J.initiative, config),
    theme: slotColumns('theme', J.theme, config),
    project: slotColumns('project', J.project, config),
    assignee: slotColumns('assignee', J.assignee, config),
    release: slotColumns('release', J.fixVersions, config),
    start: slotColumns('startDate', J.start, config),
    due: slotColumns('targetDate', J.due, config),
    points: slotColumns('estimate', J.points, config),
    rank: slotColumns('rank', J.rank, config),
    priority: slotColumns('priority', J.priority, config),
    customers: slotColumns('customers', J.customers, config),
    parentKey: slotColumns('parentKey', J.parentKey, config),
    labels: slotColumns('labels', J.labels, config),
  };
}

type JiraSlotColumns = ReturnType<typeof jiraSlotColumns>;

// Which columns feed `fields`: every column not read into a slot, not a link, not cosmetic.
function planJiraFields(cols: Columns, c: JiraSlotColumns, config: TrailmapConfig): FieldPlan[] {
  const consumed = new Set([...NOT_FIELDS, ...Object.values(c).flat().map(normalizeHeader)]);
  return planFields(cols, config, (h) => consumed.has(h) || LINK.test(h));
}

/**
 * The positions of the columns {@link fromJiraCsv} reads from an export with this header (in
 * file order), so a reader can keep only those: every slot's and concept's columns, the link
 * columns and the columns planned into `fields`. Comments, attachments, ids of people and
 * other bookkeeping columns are left out.
 *
 * @example
 * jiraColumnsRead(['Summary', 'Comment', 'Issue key'], defaultConfig()); // => [0, 2]
 */
export function jiraColumnsRead(header: readonly string[], config: TrailmapConfig): number[] {
  const cols = new Columns(header);
  const c = jiraSlotColumns(config);
  const links = cols.matching((h) => LINK.test(h));
  return columnsReadBy(
    cols,
    [...Object.values(J), ...Object.values(c), links],
    planJiraFields(cols, c, config),
  );
}

function readDate(
  cell: Cell | undefined,
  row: CsvRow,
  problems: InputProblems,
  order: NumericDateOrder,
  offset: number,
): ParsedDate | undefined {
  if (!cell) return undefined;
  const parsed = parseJiraDate(cell.value, order, offset);
  if (parsed) return parsed;
  return problems.add(
    { row: row.row, column: cell.column },
    'invalid_date',
    `"${cell.value}" is not a date (expected e.g. 25/Feb/26 10:17 PM or 2026-02-25)`,
    { expected: 'a date such as 25/Feb/26 10:17 PM or 2026-02-25', received: cell.value },
  );
}

// The order of all-numeric dates (`7/9/2026`) when the config does not set it, from the values;
// when none decides (every value ≤ 12/12, e.g. `03/04/26`), it is read day-first and the user
// hears which columns and how to say otherwise.
function guessedDateOrder(
  rows: readonly CsvRow[],
  cols: Columns,
  names: readonly string[],
  warnings: string[],
): { order: NumericDateOrder; guessed: boolean } {
  const indices = [...new Set(cols.indices(names))];
  const values = numericDateCandidates(rows, indices);
  const guess = guessNumericDateOrder(values.flat());
  const example = guess.ambiguousExample;
  if (example === undefined) return { order: guess.order, guessed: false };
  const columns = indices.filter((_, k) => values[k]!.length > 0).map((i) => `"${cols.header[i]}"`);
  const read = parseJiraDate(example, guess.order)?.date ?? '';
  warnings.push(
    `all-numeric dates in ${columns.join(', ')} read either way (e.g. ${example}); read day-first (${example} = ${read}); if they are month-first, set "dates": { "order": "mdy" } in trailmap.config.json`,
  );
  return { order: guess.order, guessed: true };
}

// The date cells that could be all-numeric (`7/9/2026`), per column index; month names and ISO
// dates say nothing about day-first or month-first, and skipping them spares a regex per cell.
function numericDateCandidates(rows: readonly CsvRow[], indices: readonly number[]): string[][] {
  const out = indices.map((): string[] => []);
  for (const row of rows) {
    for (let k = 0; k < indices.length; k++) {
      const value = row.cells[indices[k]!];
      if (value && /^\s*\d{1,2}[/.-]\d{1,2}[/.-]/.test(value)) out[k]!.push(value);
    }
  }
  return out;
}

function offsetMinutes(offset: string | undefined): number {
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(offset ?? '');
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

function naturalOrder(names: readonly string[]): string[] {
  return [...names].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
