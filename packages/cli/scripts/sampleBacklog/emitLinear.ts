import { stringify } from 'csv-stringify/sync';
import type { SampleItem, SampleRelease } from './model';

/** The 2026-06 Linear export header (34 columns, EXPORTS.md §2). */
export const LINEAR_HEADER = [
  'ID',
  'Team',
  'Title',
  'Description',
  'Status',
  'Estimate',
  'Priority',
  'Project ID',
  'Project',
  'Creator',
  'Assignee',
  'Labels',
  'Cycle Number',
  'Cycle Name',
  'Cycle Start',
  'Cycle End',
  'Created',
  'Updated',
  'Started',
  'Triaged',
  'Completed',
  'Canceled',
  'Archived',
  'Due Date',
  'Parent issue',
  'Initiatives',
  'Project Milestone ID',
  'Project Milestone',
  'SLA Status',
  'UUID',
  'Time in status (minutes)',
  'Related to',
  'Blocked by',
  'Duplicate of',
] as const;

const STATUS = {
  backlog: 'Backlog',
  todo: 'Todo',
  in_progress: 'In Progress',
  in_review: 'In Review',
  done: 'Done',
  wont_do: 'Canceled',
  duplicate: 'Duplicate',
} as const;
const PRIORITY = {
  Urgent: 'Urgent',
  High: 'High',
  Medium: 'Medium',
  Low: 'Low',
  None: 'No priority',
} as const;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const GUARD = /^[=+\-@]/;

/**
 * JS `Date#toString` as Linear's exporter (running in UTC) writes it.
 *
 * @example
 * dateToString(new Date('2024-05-14T08:53:33Z')); // => 'Tue May 14 2024 08:53:33 GMT+0000 (Coordinated Universal Time)'
 */
export function dateToString(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${p(d.getUTCDate())} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} GMT+0000 (Coordinated Universal Time)`;
}

// Linear renders a due date as local midnight of the user's zone; ours is UTC−5.
function dueDate(date: string | undefined): string {
  return date ? dateToString(new Date(`${date}T05:00:00Z`)) : '';
}

function guard(text: string): string {
  return GUARD.test(text) ? `'${text}` : text;
}

/**
 * The sample as a Linear CSV export (2026-06 shape): every non-empty value quoted, empty values
 * unquoted except `Labels` and `Initiatives` (`""`), the formula guard on text, ISO instants.
 *
 * @example
 * emitLinearCsv(buildSampleItems(), RELEASES).split('\n')[0]; // => '"ID","Team","Title",…'
 */
export function emitLinearCsv(items: readonly SampleItem[], releases: readonly SampleRelease[]): string {
  const blockedBy = new Map<string, string[]>();
  for (const x of items) for (const b of x.blocks) blockedBy.set(b, [...(blockedBy.get(b) ?? []), x.key]);
  const cycle = (name: string | undefined) => releases.findIndex((r) => r.name === name);
  const rows = items.map((x) => {
    const c = cycle(x.release);
    const r = c >= 0 ? releases[c] : undefined;
    const canceled = x.state === 'wont_do' || x.state === 'duplicate';
    const labels = [x.type, ...x.labels];
    const minutes = Math.round(
      (Date.parse('2026-11-24T17:00:00Z') - (x.resolved ?? x.started ?? x.created).getTime()) / 60_000,
    );
    const row: Record<(typeof LINEAR_HEADER)[number], string | number> = {
      ID: x.key,
      Team: x.team.name,
      Title: guard(x.title),
      Description: guard(x.description),
      Status: x.type === 'Feedback' && x.state === 'backlog' ? 'Triage' : STATUS[x.state],
      Estimate: x.points === undefined ? '' : String(x.points),
      Priority: PRIORITY[x.priority],
      'Project ID': x.team.projectUuid,
      Project: x.team.name,
      Creator: x.reporter.email,
      Assignee: x.assignee?.email ?? '',
      Labels: labels.join(', '),
      'Cycle Number': r ? String(c + 1) : '',
      'Cycle Name': r?.name ?? '',
      'Cycle Start': r ? `${r.start}T05:00:00.000Z` : '',
      'Cycle End': r ? `${r.end}T05:00:00.000Z` : '',
      Created: x.created.toISOString(),
      Updated: x.updated.toISOString(),
      Started: x.started ? x.started.toISOString() : '',
      Triaged: x.type === 'Feedback' ? '' : x.created.toISOString(),
      Completed: x.resolved && !canceled ? x.resolved.toISOString() : '',
      Canceled: x.resolved && canceled ? x.resolved.toISOString() : '',
      Archived: '',
      'Due Date': dueDate(x.dueDate),
      'Parent issue': x.parentKey ?? '',
      Initiatives: x.initiative ?? '',
      'Project Milestone ID': '',
      'Project Milestone': '',
      'SLA Status': '',
      UUID: x.uuid,
      'Time in status (minutes)': minutes,
      'Related to': x.relates.join(', '),
      'Blocked by': (blockedBy.get(x.key) ?? []).join(', '),
      'Duplicate of': x.duplicateOf ?? '',
    };
    return LINEAR_HEADER.map((h) => row[h]);
  });
  return stringify([[...LINEAR_HEADER], ...rows], {
    record_delimiter: 'unix',
    quoted_string: true,
    quoted_empty: false,
    cast: {
      string: (value, context) => {
        const header = LINEAR_HEADER[context.index ?? -1];
        return value === '' && (header === 'Labels' || header === 'Initiatives') && context.header === false
          ? ({ value: '', quoted_empty: true } as unknown as string)
          : value;
      },
    },
  });
}

/**
 * The scoring sidecar (`backlog.linear.scores.csv`): what Linear has no custom fields for.
 *
 * @example
 * emitLinearScores(buildSampleItems()).split('\n')[0]; // => 'ID,Title,Reach,Impact,…'
 */
export function emitLinearScores(items: readonly SampleItem[]): string {
  const header = [
    'ID',
    'Title',
    'Reach',
    'Impact',
    'Confidence',
    'Effort',
    'Ease',
    'Business Value',
    'Time Criticality',
    'Risk Reduction',
    'Job Size',
    'Value',
    'MoSCoW',
    'Customers',
    'Theme',
    'Start date',
    'Rank',
  ];
  const n = (v: number | undefined) => (v === undefined ? '' : String(v));
  const rows = items.map((x) => {
    const s = x.scores ?? {};
    return [
      x.key,
      x.title,
      n(s.reach),
      n(s.impact),
      s.confidence === undefined ? '' : String(Math.round(s.confidence * 100)),
      n(s.effort),
      n(s.ease),
      n(s.businessValue),
      n(s.timeCriticality),
      n(s.riskReduction),
      n(s.jobSize),
      n(s.value),
      s.moscow ?? '',
      x.customers.join(', '),
      x.theme ?? '',
      x.startDate ?? '',
      String(x.rank),
    ];
  });
  return stringify([header, ...rows], { record_delimiter: 'unix' });
}
