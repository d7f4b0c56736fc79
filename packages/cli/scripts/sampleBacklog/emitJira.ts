import { stringify } from 'csv-stringify/sync';
import { lexoRank } from './catalog';
import type { SampleItem, SampleScores } from './model';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const PRIORITY = { Urgent: 'Highest', High: 'High', Medium: 'Medium', Low: 'Low', None: 'Lowest' } as const;

/**
 * Jira Cloud's default export format `dd/MMM/yy h:mm a` (day padded, hour not), in UTC.
 *
 * @example
 * jiraDate(new Date('2026-02-25T22:17:00Z')); // => '25/Feb/26 10:17 PM'
 */
export function jiraDate(d: Date): string {
  const h = d.getUTCHours();
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  return `${String(d.getUTCDate()).padStart(2, '0')}/${MONTHS[d.getUTCMonth()]}/${String(d.getUTCFullYear()).slice(2)} ${hour12}:${String(d.getUTCMinutes()).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
}

function jiraDay(date: string | undefined): string {
  return date ? jiraDate(new Date(`${date}T00:00:00Z`)) : '';
}

function num(n: number | undefined): string {
  if (n === undefined) return '';
  return Number.isInteger(n) ? `${n}.0` : String(n);
}

function status(item: SampleItem): { status: string; category: string; resolution: string } {
  switch (item.state) {
    case 'backlog':
      return { status: item.type === 'Feedback' ? 'New' : 'Backlog', category: 'To Do', resolution: '' };
    case 'todo':
      return { status: 'To Do', category: 'To Do', resolution: '' };
    case 'in_progress':
      return { status: 'In Progress', category: 'In Progress', resolution: '' };
    case 'in_review':
      return { status: 'In Review', category: 'In Progress', resolution: '' };
    case 'done':
      return { status: 'Done', category: 'Done', resolution: 'Done' };
    case 'wont_do':
      return { status: "Won't Do", category: 'Done', resolution: "Won't Do" };
    case 'duplicate':
      return { status: "Won't Do", category: 'Done', resolution: 'Duplicate' };
  }
}

type Column = [header: string, values: (item: SampleItem) => string[]];

/**
 * The sample as a Jira Cloud "CSV (all fields)" export: the header order and spellings of
 * EXPORTS.md §1, multi-valued fields as repeated headers sized to the largest count.
 *
 * @example
 * emitJiraCsv(buildSampleItems()).split('\n')[0]; // => 'Summary,Issue key,Issue id,…'
 */
export function emitJiraCsv(items: readonly SampleItem[]): string {
  const byKey = new Map(items.map((x) => [x.key, x]));
  const blockedBy = new Map<string, string[]>();
  const relatedFrom = new Map<string, string[]>();
  for (const x of items) {
    for (const b of x.blocks) blockedBy.set(b, [...(blockedBy.get(b) ?? []), x.key]);
    for (const r of x.relates) relatedFrom.set(r, [...(relatedFrom.get(r) ?? []), x.key]);
  }
  const score =
    (k: keyof SampleScores, f: (v: never) => string = num as never) =>
    (x: SampleItem) => {
      const v = x.scores?.[k];
      return [v === undefined ? '' : f(v as never)];
    };
  const one = (f: (x: SampleItem) => string | undefined) => (x: SampleItem) => [f(x) ?? ''];
  const columns: Column[] = [
    ['Summary', one((x) => x.title)],
    ['Issue key', one((x) => x.key)],
    ['Issue id', one((x) => x.id)],
    ['Issue Type', one((x) => x.type)],
    ['Status', one((x) => status(x).status)],
    ['Project key', one((x) => x.team.key)],
    ['Project name', one((x) => x.team.name)],
    ['Project type', one(() => 'software')],
    ['Project lead', one((x) => x.team.lead.name)],
    ['Project lead id', one((x) => x.team.lead.accountId)],
    ['Project description', one(() => '')],
    ['Priority', one((x) => PRIORITY[x.priority])],
    ['Resolution', one((x) => status(x).resolution)],
    ['Assignee', one((x) => x.assignee?.name)],
    ['Assignee Id', one((x) => x.assignee?.accountId)],
    ['Reporter', one((x) => x.reporter.name)],
    ['Reporter Id', one((x) => x.reporter.accountId)],
    ['Creator', one((x) => x.reporter.name)],
    ['Creator Id', one((x) => x.reporter.accountId)],
    ['Created', one((x) => jiraDate(x.created))],
    ['Updated', one((x) => jiraDate(x.updated))],
    ['Last Viewed', one(() => '')],
    ['Resolved', one((x) => (x.resolved ? jiraDate(x.resolved) : ''))],
    ['Fix versions', (x) => [x.release, x.alsoIn].filter((v): v is string => v !== undefined)],
    ['Components', (x) => [x.team.name.toLowerCase()]],
    ['Due date', one((x) => jiraDay(x.dueDate))],
    ['Votes', one((x) => String(x.customers.length))],
    ['Labels', (x) => x.labels],
    ['Description', one((x) => x.description)],
    ['Environment', one(() => '')],
    ['Watchers', (x) => [x.reporter.name]],
    ['Watchers Id', (x) => [x.reporter.accountId]],
    ['Original estimate', one(() => '')],
    ['Remaining Estimate', one(() => '')],
    ['Time Spent', one(() => '')],
    ['Work Ratio', one(() => '')],
    ['Σ Original Estimate', one(() => '')],
    ['Σ Remaining Estimate', one(() => '')],
    ['Σ Time Spent', one(() => '')],
    ['Security Level', one(() => '')],
    ['Inward issue link (Blocks)', (x) => blockedBy.get(x.key) ?? []],
    ['Outward issue link (Blocks)', (x) => x.blocks],
    ['Inward issue link (Duplicate)', (x) => items.filter((y) => y.duplicateOf === x.key).map((y) => y.key)],
    ['Outward issue link (Duplicate)', (x) => (x.duplicateOf ? [x.duplicateOf] : [])],
    ['Inward issue link (Relates)', (x) => relatedFrom.get(x.key) ?? []],
    ['Outward issue link (Relates)', (x) => x.relates],
    ['Custom field (Business Value)', score('businessValue')],
    ['Custom field (Confidence)', score('confidence', (v: number) => `${Math.round(v * 100)}%`)],
    ['Custom field (Customers)', (x) => x.customers],
    ['Custom field (Ease)', score('ease')],
    ['Custom field (Effort)', score('effort')],
    ['Custom field (Impact)', score('impact')],
    ['Custom field (Initiative)', one((x) => x.initiative)],
    ['Custom field (Job Size)', score('jobSize')],
    ['Custom field (MoSCoW)', score('moscow', (v: string) => v)],
    ['Custom field (Rank)', one((x) => lexoRank(x.rank))],
    ['Custom field (Reach)', score('reach')],
    ['Custom field (Risk Reduction)', score('riskReduction')],
    ['Sprint', (x) => (x.sprint ? [x.sprint] : [])],
    ['Custom field (Start date)', one((x) => jiraDay(x.startDate))],
    ['Custom field (Story Points)', one((x) => num(x.points))],
    ['Custom field (Team)', one((x) => x.team.name)],
    ['Custom field (Theme)', one((x) => x.theme)],
    ['Custom field (Time Criticality)', score('timeCriticality')],
    ['Custom field (Value)', score('value')],
    ['Parent', one((x) => (x.parentKey ? byKey.get(x.parentKey)?.id : ''))],
    ['Parent key', one((x) => x.parentKey)],
    ['Parent summary', one((x) => (x.parentKey ? byKey.get(x.parentKey)?.title : ''))],
    ['Status Category', one((x) => status(x).category)],
    ['Status Category Changed', one((x) => jiraDate(x.resolved ?? x.started ?? x.created))],
  ];
  // Repeat each multi-valued header as often as its largest count; omit it when never filled.
  const widths = columns.map(([, f]) => Math.max(...items.map((x) => f(x).length)));
  const header: string[] = [];
  columns.forEach(([h], i) => {
    for (let k = 0; k < (widths[i] ?? 0); k++) header.push(h);
  });
  const rows = items.map((x) => {
    const row: string[] = [];
    columns.forEach(([, f], i) => {
      const values = f(x);
      for (let k = 0; k < (widths[i] ?? 0); k++) row.push(values[k] ?? '');
    });
    return row;
  });
  return stringify([header, ...rows], { record_delimiter: 'unix' });
}
