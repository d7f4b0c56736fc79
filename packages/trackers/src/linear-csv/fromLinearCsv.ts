import type { ReleaseInput } from '@trailmap/core';
import type { TrailmapConfig } from '../config/config';
import { claimRowKey } from '../csv/claimRowKey';
import { type Cell, Columns, normalizeHeader } from '../csv/columns';
import { columnsReadBy, type FieldPlan, planFields, readFields, slotColumns } from '../csv/fieldColumns';
import { fieldKey, scoringFieldFor } from '../csv/fieldNames';
import { type CsvTable, isBlankRow } from '../csv/readCsv';
import { dropTextColumns } from '../csv/textColumns';
import { type DraftBacklog, type DraftItem, newDraftItem, pushUnique } from '../draft/draft';
import { InputProblems, type InputResult, inputFailure } from '../errors/inputProblem';
import { linearItemPriority } from '../linear/priority';
import { mapLinearCanceled, mapLinearStatusCategory } from '../linear/status';
import { parseNumber } from '../values/numbers';
import { CYCLE_COLUMNS, mapCycle, mapValueLabel, readInstant, readLinearDate } from './linearFields';
import { splitIdentifiers, splitLinearLabels, stripFormulaGuard } from './linearValues';

// Header spellings across the 2024-03, 2024-09, 2025-11 and 2026-06 export shapes.
const L = {
  key: ['ID', 'Identifier'],
  uuid: ['UUID'],
  title: ['Title'],
  description: ['Description'],
  status: ['Status'],
  team: ['Team'],
  estimate: ['Estimate'],
  priority: ['Priority'],
  project: ['Project'],
  assignee: ['Assignee'],
  labels: ['Labels'],
  cycleNumber: ['Cycle Number'],
  cycleName: ['Cycle Name'],
  cycleStart: ['Cycle Start'],
  cycleEnd: ['Cycle End'],
  created: ['Created'],
  updated: ['Updated'],
  started: ['Started'],
  completed: ['Completed'],
  canceled: ['Canceled'],
  archived: ['Archived'],
  due: ['Due Date'],
  parent: ['Parent issue'],
  initiatives: ['Initiatives'],
  // Linear renamed Roadmaps to Initiatives in 2024; 2024-era exports still carry the old column.
  roadmaps: ['Roadmaps'],
  milestone: ['Project Milestone'],
  relatedTo: ['Related to'],
  blockedBy: ['Blocked by'],
  duplicateOf: ['Duplicate of'],
} as const;

const TYPE_LABELS = [
  'epic',
  'idea',
  'feature',
  'story',
  'bug',
  'feedback',
  'task',
  'improvement',
  'spike',
  'chore',
];
const DEFAULT_FEEDBACK_LABELS = ['feedback', 'customer feedback', 'customer-feedback'];
/**
 * Whether a CSV header is a Linear export's: an `ID` (or old `Id`/`Identifier`) and a `Title`.
 *
 * @example
 * isLinearHeader(['ID', 'Team', 'Title']); // => true
 */
export function isLinearHeader(header: readonly string[]): boolean {
  const cols = new Columns(header);
  return cols.has(['ID', 'Identifier', 'Id']) && cols.has(['Title']);
}

/**
 * Maps a Linear CSV export (any known header shape) to a draft backlog. A missing `ID` column,
 * duplicate identifiers and unreadable values are problems naming row and column.
 *
 * @example
 * const draft = fromLinearCsv(table, defaultConfig()); // => { ok: true, value: { source: 'linear', … } }
 */
export function fromLinearCsv(table: CsvTable, config: TrailmapConfig): InputResult<DraftBacklog> {
  const cols = new Columns(table.header);
  const file = table.file;
  if (!cols.has(L.key))
    return inputFailure(
      { file },
      'missing_column',
      'missing the "ID" column (a Linear export needs it to name issues)',
      { expected: 'an "ID" column' },
    );
  const problems = new InputProblems(file);
  const c = linearSlotColumns(config);
  const clean = (cell: string) => stripFormulaGuard(cell);
  const { plans: fieldPlans, warnings } = dropTextColumns(
    planLinearFields(cols, c, config),
    cols,
    table.rows,
    clean,
  );
  const labelFields = new Set(Object.keys(config.mapping).map((k) => scoringFieldFor(k) ?? fieldKey(k)));
  const feedbackTeams = config.feedback?.teams?.map((t) => t.toLowerCase());
  const feedbackLabels = (config.feedback?.labels ?? DEFAULT_FEEDBACK_LABELS).map((t) => t.toLowerCase());
  const cycles = new Map<string, ReleaseInput>();
  const seen = new Map<string, number>();
  const items: DraftItem[] = [];
  let archivedOpen = 0;

  for (const row of table.rows) {
    if (!table.projected && isBlankRow(row.cells)) continue;
    const get = (names: readonly string[]): Cell | undefined => {
      const cell = cols.first(row, names);
      return cell ? { value: clean(cell.value), column: cell.column } : undefined;
    };
    const text = (names: readonly string[]) => get(names)?.value;
    const instant = (names: readonly string[]) => readInstant(get(names), row, problems);
    const key = claimRowKey(
      get(L.key),
      { row: row.row, header: cols.headerOf(L.key), label: 'issue ID' },
      seen,
      problems,
    );
    if (key === undefined) continue;

    const status = text(c.status) ?? '';
    const completed = instant(L.completed);
    const canceledAt = instant(L.canceled);
    const statusCategory = mapLinearStatusCategory({
      status,
      started: instant(L.started) !== undefined,
      completed: completed !== undefined,
      canceled: canceledAt !== undefined,
    });
    if (instant(L.archived) !== undefined && statusCategory !== 'done') {
      // Linear hides archived issues; open ones are stale, done ones still count as history.
      archivedOpen++;
      continue;
    }
    const labels = splitLinearLabels(text(c.labels) ?? '');
    const d = newDraftItem(row.row, {
      id: text(L.uuid) ?? key,
      key,
      title: text(c.title) ?? '',
      description: text(c.description) ?? '',
      status,
      statusCategory,
      canceled: mapLinearCanceled({ status, category: statusCategory, canceled: canceledAt !== undefined }),
    });
    const item = d.item;
    const team = text(c.team);
    for (const label of labels) {
      if (!mapValueLabel(d, label, labelFields, row, problems, cols.headerOf(c.labels) ?? 'Labels'))
        item.labels.push(label);
    }
    item.type = labels.find((l) => TYPE_LABELS.includes(l.toLowerCase())) ?? 'Issue';
    const estimateCell = get(c.estimate);
    if (estimateCell) {
      const value = parseNumber(estimateCell.value);
      if (value === undefined || value < 0) {
        problems.add(
          { row: row.row, column: estimateCell.column },
          value === undefined ? 'invalid' : 'out_of_range',
          `"${estimateCell.value}" is not an estimate (a number of points)`,
          { expected: 'a number of points ≥ 0', received: estimateCell.value },
        );
      } else item.estimate = { value, unit: 'points' };
    }
    const set = (
      k: 'team' | 'project' | 'assignee' | 'parentKey' | 'initiative' | 'release',
      v: string | undefined,
    ) => {
      if (v) item[k] = v;
    };
    set('team', team);
    set('project', text(c.project));
    set('assignee', text(c.assignee));
    set('parentKey', text(c.parentKey));
    if (!item.initiative) set('initiative', splitLinearLabels(text(c.initiative) ?? '')[0]);
    if (!item.initiative) set('initiative', splitLinearLabels(text(L.roadmaps) ?? '')[0]);
    const priority = linearItemPriority(text(c.priority) ?? '');
    if (priority) item.priority = priority;
    const release = mapCycle(row, get, text, team, cycles, problems);
    const milestone = text(L.milestone);
    if (milestone) item.fields.milestone = milestone;
    set('release', release ?? milestone);
    const due = readLinearDate(get(c.targetDate), row, problems);
    if (due) item.targetDate = due;
    const created = instant(L.created);
    if (created) item.createdAt = created;
    const updated = instant(L.updated);
    if (updated) item.updatedAt = updated;
    const done = completed ?? canceledAt;
    if (done && statusCategory === 'done') item.completedAt = done;
    pushUnique(item.blockedBy, splitIdentifiers(text(L.blockedBy) ?? ''));
    pushUnique(d.relatedKeys, splitIdentifiers(text(L.relatedTo) ?? ''));
    pushUnique(d.relatedKeys, splitIdentifiers(text(L.duplicateOf) ?? ''));
    Object.assign(item.fields, readFields(fieldPlans, cols, row, problems, clean));
    const markers = labels.filter((l) => feedbackLabels.includes(l.toLowerCase()));
    const teamIsFeedback = team
      ? feedbackTeams
        ? feedbackTeams.includes(team.toLowerCase())
        : /feedback|triage/i.test(team)
      : false;
    d.isFeedback = teamIsFeedback || markers.length > 0 || item.type.toLowerCase() === 'feedback';
    d.feedbackMarkerLabels = markers;
    items.push(d);
  }
  if (archivedOpen > 0)
    warnings.push(`${archivedOpen} archived open issue(s) skipped (Linear hides them too)`);
  const releases = [...cycles.values()].sort((a, b) =>
    (a.start ?? '\uffff').localeCompare(b.start ?? '\uffff'),
  );
  return problems.result({ source: 'linear', items, releases, warnings });
}

// The columns each WorkItem slot reads: the config's aliases first, then Linear's own names.
function linearSlotColumns(config: TrailmapConfig) {
  return {
    title: slotColumns('title', L.title, config),
    description: slotColumns('description', L.description, config),
    status: slotColumns('status', L.status, config),
    team: slotColumns('team', L.team, config),
    project: slotColumns('project', L.project, config),
    assignee: slotColumns('assignee', L.assignee, config),
    estimate: slotColumns('estimate', L.estimate, config),
    priority: slotColumns('priority', L.priority, config),
    parentKey: slotColumns('parentKey', L.parent, config),
    initiative: slotColumns('initiative', L.initiatives, config),
    targetDate: slotColumns('targetDate', L.due, config),
    labels: slotColumns('labels', L.labels, config),
  };
}

type LinearSlotColumns = ReturnType<typeof linearSlotColumns>;

// Which columns feed `fields`: every column not read into a slot.
function planLinearFields(cols: Columns, c: LinearSlotColumns, config: TrailmapConfig): FieldPlan[] {
  const consumed = new Set([...Object.values(L).flat(), ...Object.values(c).flat()].map(normalizeHeader));
  return planFields(cols, config, (h) => consumed.has(h));
}

/**
 * The positions of the columns {@link fromLinearCsv} reads from an export with this header (in
 * file order), so a reader can keep only those: every slot's and concept's columns (cycles
 * included) and the columns planned into `fields`.
 *
 * @example
 * linearColumnsRead(['ID', 'Creator', 'Title'], defaultConfig()); // => [0, 2]
 */
export function linearColumnsRead(header: readonly string[], config: TrailmapConfig): number[] {
  const cols = new Columns(header);
  const c = linearSlotColumns(config);
  return columnsReadBy(
    cols,
    [...Object.values(L), ...Object.values(c), ...Object.values(CYCLE_COLUMNS)],
    planLinearFields(cols, c, config),
  );
}
