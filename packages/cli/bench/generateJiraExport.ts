// A synthetic Jira Cloud "Export > CSV (all fields)" file of any size, for `pnpm bench import`.
// The layout follows real Cloud exports (../shared/EXPORTS.md): the all-fields column order,
// repeated Fix versions / Components / Labels / Watchers / Sprint / issue-link / Comment columns,
// English `dd/MMM/yy h:mm a` dates, wiki-markup descriptions with embedded newlines and quotes,
// `date;accountId;body` comments, LexoRanks, epics with stories and sub-tasks (`Parent` = the
// parent's Issue id), Blocks/Relates/Duplicate links inside the export. Deterministic per seed.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { seededRandom } from '@trailmap/core';

/** What {@link generateJiraExport} wrote. */
export interface GeneratedExport {
  file: string;
  issues: number;
  bytes: number;
  estimated: number;
}

const MULTI = { fixVersions: 2, components: 3, labels: 4, watchers: 3, sprints: 3, comments: 2 };

const HEADER = [
  'Summary',
  'Issue key',
  'Issue id',
  'Issue Type',
  'Status',
  'Project key',
  'Project name',
  'Project type',
  'Project lead',
  'Project lead id',
  'Project description',
  'Priority',
  'Resolution',
  'Assignee',
  'Assignee Id',
  'Reporter',
  'Reporter Id',
  'Creator',
  'Creator Id',
  'Created',
  'Updated',
  'Last Viewed',
  'Resolved',
  'Affects versions',
  ...Array<string>(MULTI.fixVersions).fill('Fix versions'),
  ...Array<string>(MULTI.components).fill('Components'),
  'Due date',
  'Votes',
  ...Array<string>(MULTI.labels).fill('Labels'),
  'Description',
  'Environment',
  ...Array<string>(MULTI.watchers).fill('Watchers'),
  ...Array<string>(MULTI.watchers).fill('Watchers Id'),
  'Original estimate',
  'Remaining Estimate',
  'Time Spent',
  'Work Ratio',
  'Σ Original Estimate',
  'Σ Remaining Estimate',
  'Σ Time Spent',
  'Security Level',
  'Inward issue link (Blocks)',
  'Inward issue link (Blocks)',
  'Outward issue link (Blocks)',
  'Outward issue link (Blocks)',
  'Inward issue link (Duplicate)',
  'Outward issue link (Duplicate)',
  'Inward issue link (Relates)',
  'Outward issue link (Relates)',
  'Attachment',
  'Custom field (Customers)',
  'Custom field (Issue color)',
  'Custom field (Rank)',
  ...Array<string>(MULTI.sprints).fill('Sprint'),
  'Custom field (Start date)',
  'Custom field (Story Points)',
  'Custom field (Team)',
  ...Array<string>(MULTI.comments).fill('Comment'),
  'Parent',
  'Parent key',
  'Parent summary',
  'Status Category',
  'Status Category Changed',
];

const PROJECTS = [
  { key: 'INB', name: 'Inbox' },
  { key: 'PAY', name: 'Payments' },
  { key: 'MOB', name: 'Mobile' },
  { key: 'PLT', name: 'Platform' },
];
const PEOPLE = [
  'Maya Chen',
  'Bo Andersen',
  'Priya Raman',
  'Lucas Ferreira',
  'Ana Popescu',
  'Tom Okafor',
  'Sara Lind',
  'Kenji Sato',
  'Olga Nowak',
  'Diego Ruiz',
  'Emma Brown',
  'Noah Fischer',
];
const TEAMS = ['Inbox', 'Payments', 'Mobile', 'Platform', 'Growth', 'Core UX'];
const COMPONENTS = ['web', 'api', 'ios', 'android', 'billing', 'search', 'notifications', 'auth'];
const LABELS = ['ux', 'growth', 'tech-debt', 'security', 'performance', 'a11y', 'customer-ask', 'mobile'];
const CUSTOMERS = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark Industries'];
const PRIORITIES = ['Highest', 'High', 'Medium', 'Medium', 'Medium', 'Low', 'Lowest'];
const WORDS =
  'inbox checkout search filter export import bulk edit saved view dashboard chart alert rule sync webhook token session retry cache index queue worker billing invoice refund plan trial onboarding invite role permission audit log report schedule reminder mention comment thread attachment preview upload offline mobile tablet dark mode keyboard shortcut'.split(
    ' ',
  );
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS = 86_400_000;
const START = Date.UTC(2024, 0, 1);

function jiraDate(ms: number, midnight = false): string {
  const d = new Date(ms);
  const hour24 = midnight ? 0 : d.getUTCHours();
  const minute = midnight ? 0 : d.getUTCMinutes();
  const hour = hour24 % 12 === 0 ? 12 : hour24 % 12;
  const dd = String(d.getUTCDate()).padStart(2, '0');
  const yy = String(d.getUTCFullYear() % 100).padStart(2, '0');
  return `${dd}/${MONTHS[d.getUTCMonth()]}/${yy} ${hour}:${String(minute).padStart(2, '0')} ${hour24 < 12 ? 'AM' : 'PM'}`;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/**
 * Writes a Jira all-fields CSV of about `targetBytes` (default 50 MB, about 50,000 issues) to
 * `file`, streaming it so the generator itself stays small.
 *
 * @example
 * await generateJiraExport('/tmp/big.csv', { targetBytes: 1_000_000 }); // => { issues: ≈1,000, … }
 */
export async function generateJiraExport(
  file: string,
  options: { targetBytes?: number; seed?: number } = {},
): Promise<GeneratedExport> {
  const target = options.targetBytes ?? 50_000_000;
  // Core's one seeded PRNG (the same mulberry32), so every run writes the same file.
  const random = seededRandom(options.seed ?? 7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const out = createWriteStream(file);
  let bytes = 0;
  const write = async (cells: readonly string[]) => {
    const line = `${cells.map(quote).join(',')}\n`;
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  };
  await write(HEADER);

  // About 1,000 bytes per issue: one issue in 40 is an epic, one in 8 a sub-task.
  const expected = Math.max(20, Math.round(target / 1000));
  const releases = Array.from({ length: 40 }, (_, i) => `v${Math.floor(i / 10) + 1}.${i % 10}`);
  const sprints = Array.from({ length: 120 }, (_, i) => `${PROJECTS[i % 4]!.key} Sprint ${i + 1}`);
  const epics: { id: number; key: string; title: string }[] = [];
  const stories: { id: number; key: string; title: string }[] = [];
  const keys: string[] = [];
  const counters = PROJECTS.map(() => 0);
  let issues = 0;
  let estimated = 0;
  while (bytes < target) {
    const p = issues % PROJECTS.length;
    const project = PROJECTS[p]!;
    counters[p]!++;
    const key = `${project.key}-${counters[p]}`;
    const id = 10_000 + issues;
    const r = random();
    const type =
      issues < 4 || r < 0.025
        ? 'Epic'
        : r < 0.15 && stories.length > 0
          ? 'Sub-task'
          : r < 0.7
            ? 'Story'
            : r < 0.9
              ? 'Bug'
              : r < 0.93
                ? 'Feedback'
                : 'Task';
    const title = `${words(3 + Math.floor(random() * 5))}`.replace(/^./, (c) => c.toUpperCase());
    const age = Math.floor(random() * 900);
    const created = START + age * DAY_MS + Math.floor(random() * DAY_MS);
    const updated = created + Math.floor(random() * 60) * DAY_MS;
    const s = random();
    const [status, category] =
      s < 0.45
        ? ['Done', 'Done']
        : s < 0.5
          ? ["Won't Do", 'Done']
          : s < 0.65
            ? ['In Progress', 'In Progress']
            : s < 0.7
              ? ['In Review', 'In Progress']
              : s < 0.85
                ? ['To Do', 'To Do']
                : ['Backlog', 'To Do'];
    const resolution = status === 'Done' ? 'Done' : status === "Won't Do" ? "Won't Do" : '';
    const resolved = resolution ? jiraDate(updated) : '';
    const person = () => pick(PEOPLE);
    const accountOf = (name: string) =>
      `712020:${(PEOPLE.indexOf(name) + 1).toString(16).padStart(8, '0')}-aaaa-bbbb`;
    const assignee = random() < 0.8 ? person() : '';
    const reporter = person();
    const lead = PEOPLE[p]!;
    const parent =
      type === 'Epic'
        ? undefined
        : type === 'Sub-task'
          ? pick(stories)
          : epics.length && random() < 0.7
            ? pick(epics)
            : undefined;
    const fix = random() < 0.55 ? [pick(releases)] : [];
    if (fix.length && random() < 0.1) fix.push(pick(releases));
    const components = Array.from({ length: Math.floor(random() * (MULTI.components + 1)) }, () =>
      pick(COMPONENTS),
    );
    const labels = [
      ...new Set(Array.from({ length: Math.floor(random() * (MULTI.labels + 1)) }, () => pick(LABELS))),
    ];
    if (type === 'Feedback' && !labels.includes('feedback')) labels[0] = 'feedback';
    const watchers = [...new Set(Array.from({ length: 1 + Math.floor(random() * MULTI.watchers) }, person))];
    const points =
      type !== 'Epic' && type !== 'Feedback' && random() < 0.45 ? pick([1, 2, 3, 5, 8, 13]) : undefined;
    if (points !== undefined) estimated++;
    const original = points === undefined && random() < 0.1 ? String(3600 * pick([2, 4, 8, 16])) : '';
    const sprintCount = type === 'Epic' ? 0 : Math.floor(random() * (MULTI.sprints + 1));
    const first = Math.floor(random() * (sprints.length - MULTI.sprints));
    const sprintNames = Array.from({ length: sprintCount }, (_, i) => sprints[first + i]!);
    const link = () => (keys.length ? keys[Math.floor(random() * keys.length)]! : '');
    const blockedBy = random() < 0.15 ? [link()] : [];
    const blocks = random() < 0.1 ? [link()] : [];
    const duplicate = random() < 0.02 ? link() : '';
    const relates = random() < 0.1 ? link() : '';
    const paragraphs = 1 + Math.floor(random() * 3);
    const description = [
      `h2. ${words(3)}`,
      ...Array.from({ length: paragraphs }, () => `${words(8 + Math.floor(random() * 20))}.`),
      random() < 0.3 ? `{code}\nconst x = "${pick(WORDS)}", y = 1;\n{code}` : `* ${words(4)}\n* ${words(5)}`,
      random() < 0.2 ? `!screenshot-${id}.png|width=541!` : '',
    ]
      .filter(Boolean)
      .join('\n');
    const comments = Array.from(
      { length: Math.floor(random() * (MULTI.comments + 1)) },
      () => `${jiraDate(updated)};${accountOf(person())};${words(6)}; see above\n${words(5)}`,
    );
    const due = random() < 0.15 ? jiraDate(created + (30 + Math.floor(random() * 120)) * DAY_MS, true) : '';
    const start = due && random() < 0.5 ? jiraDate(created + 7 * DAY_MS, true) : '';
    const pad = <T>(xs: readonly T[], n: number, f: (x: T) => string = String) =>
      Array.from({ length: n }, (_, i) => (i < xs.length ? f(xs[i]!) : ''));
    await write([
      title,
      key,
      String(id),
      type,
      status,
      project.key,
      project.name,
      'software',
      lead,
      accountOf(lead),
      '',
      pick(PRIORITIES),
      resolution,
      assignee,
      assignee ? accountOf(assignee) : '',
      reporter,
      accountOf(reporter),
      reporter,
      accountOf(reporter),
      jiraDate(created),
      jiraDate(updated),
      random() < 0.5 ? jiraDate(updated) : '',
      resolved,
      random() < 0.05 ? pick(releases) : '',
      ...pad(fix, MULTI.fixVersions),
      ...pad(components, MULTI.components),
      due,
      String(Math.floor(random() < 0.8 ? 0 : random() * 30)),
      ...pad(labels, MULTI.labels),
      description,
      random() < 0.05 ? 'Chrome 131 on macOS' : '',
      ...pad(watchers, MULTI.watchers),
      ...pad(watchers, MULTI.watchers, accountOf),
      original,
      original,
      '',
      '',
      original,
      original,
      '',
      '',
      ...pad(blockedBy, 2),
      ...pad(blocks, 2),
      duplicate,
      '',
      relates,
      '',
      random() < 0.05
        ? `${jiraDate(created)};${accountOf(reporter)};screenshot.png;https://example.atlassian.net/rest/api/3/attachment/content/${id}`
        : '',
      random() < 0.1 ? `${pick(CUSTOMERS)}, ${pick(CUSTOMERS)}` : '',
      type === 'Epic' ? pick(['purple', 'dark_blue', 'green']) : '',
      `0|i${(issues * 7919).toString(36).padStart(5, '0')}:`,
      ...pad(sprintNames, MULTI.sprints),
      start,
      points === undefined ? '' : `${points}.0`,
      pick(TEAMS),
      ...pad(comments, MULTI.comments),
      parent ? String(parent.id) : '',
      parent ? parent.key : '',
      parent ? parent.title : '',
      category,
      jiraDate(updated),
    ]);
    keys.push(key);
    if (type === 'Epic') epics.push({ id, key, title });
    if (type === 'Story') stories.push({ id, key, title });
    issues++;
    if (issues > expected * 4) break;
  }
  out.end();
  await once(out, 'finish');
  return { file, issues, bytes, estimated };
}
