import type { JiraIssue } from '../../src/jira/jiraSchemas';

/**
 * A deliberately small JQL evaluator for the mock: it understands exactly the clauses the app
 * generates and rejects anything else with Jira's 400 shape, so a new JQL shape cannot slip
 * through tests untested.
 */
export function compileJql(jql: string):
  | {
      ok: true;
      filter: (i: JiraIssue) => boolean;
      order: ((a: JiraIssue, b: JiraIssue) => number) | undefined;
    }
  | { ok: false; message: string } {
  const [where = '', orderBy] = jql.split(/\s+ORDER\s+BY\s+/i);
  const clauses = where.trim() === '' ? [] : where.split(/\s+AND\s+/i);
  const tests: Array<(i: JiraIssue) => boolean> = [];
  for (const raw of clauses) {
    const c = raw.trim().replace(/^\((.*)\)$/, '$1');
    const rule = CLAUSES.find(([re]) => re.test(c));
    if (!rule) return { ok: false, message: `The mock does not understand the JQL clause '${c}'.` };
    const test = rule[1](c.match(rule[0])!);
    if (test) tests.push(test);
  }
  if (clauses.length === 0) return { ok: false, message: 'Unbounded JQL queries are not allowed here.' };
  let order: ((a: JiraIssue, b: JiraIssue) => number) | undefined;
  if (orderBy) {
    const m = orderBy.trim().match(/^cf\[(\d+)\]\s+(ASC|DESC)$/i);
    const byUpdated = orderBy.trim().match(/^updated\s+(ASC|DESC)$/i);
    if (byUpdated) {
      const dir = byUpdated[1]!.toUpperCase() === 'DESC' ? -1 : 1;
      const at = (i: JiraIssue) =>
        Date.parse(String(i.fields.updated ?? '').replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
      order = (a, b) => dir * ((at(a) || 0) - (at(b) || 0));
    } else if (!m) return { ok: false, message: `The mock does not understand ORDER BY ${orderBy}` };
    else {
      const id = `customfield_${m[1]}`;
      const dir = m[2]!.toUpperCase() === 'DESC' ? -1 : 1;
      order = (a, b) => dir * ((num(a.fields[id]) ?? -Infinity) - (num(b.fields[id]) ?? -Infinity));
    }
  }
  return { ok: true, filter: (i) => tests.every((t) => t(i)), order };
}

type Test = (i: JiraIssue) => boolean;

function compare(op: string, v: number, n: number): boolean {
  return op === '>' ? v > n : op === '>=' ? v >= n : op === '<' ? v < n : op === '<=' ? v <= n : v === n;
}

// Each clause shape the app generates, and the filter it means; `undefined` = a restriction with
// no effect on fixtures (every fixture counts as recently updated).
const CLAUSES: Array<[RegExp, (m: RegExpMatchArray) => Test | undefined]> = [
  [/^project\s*=\s*"?([\w-]+)"?$/i, (m) => (i) => projectOf(i) === m[1]],
  [/^project\s+in\s*\(([^)]*)\)$/i, (m) => (i) => list(m[1]!).includes(projectOf(i))],
  [
    /^issuetype\s+in\s*\(([^)]*)\)$/i,
    (m) => (i) => list(m[1]!).includes(String((i.fields.issuetype as { name?: string })?.name)),
  ],
  [/^key\s+in\s*\(([^)]*)\)$/i, (m) => (i) => list(m[1]!).includes(i.key)],
  [
    /^cf\[(\d+)\]\s*(>=|<=|>|<|=)\s*(-?[\d.]+)$/i,
    (m) => (i) => {
      const v = num(i.fields[`customfield_${m[1]}`]);
      return v !== undefined && compare(m[2]!, v, Number(m[3]));
    },
  ],
  [/^cf\[(\d+)\]\s+is\s+not\s+empty$/i, (m) => (i) => num(i.fields[`customfield_${m[1]}`]) !== undefined],
  [/^updated\s*>=\s*-\d+[dhm]$/i, () => undefined],
  [
    /^statusCategory\s*!=\s*Done$/i,
    () => (i) => (i.fields.status as { statusCategory?: { key?: string } })?.statusCategory?.key !== 'done',
  ],
  [
    /^statusCategory\s*=\s*Done$/i,
    () => (i) => (i.fields.status as { statusCategory?: { key?: string } })?.statusCategory?.key === 'done',
  ],
  [/^resolved\s*>=\s*-\d+[dw]$/i, () => undefined],
];

function list(s: string): string[] {
  return s.split(',').map((x) => x.trim().replace(/^"(.*)"$/, '$1'));
}
function projectOf(i: JiraIssue): string {
  return String((i.fields.project as { key?: string })?.key);
}
function num(v: unknown): number | undefined {
  return typeof v === 'number' ? v : undefined;
}
